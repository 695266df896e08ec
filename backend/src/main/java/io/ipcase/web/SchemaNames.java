package io.ipcase.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Names the schemas of the OpenAPI document. Swagger's default, a type's simple name,
 * gives nested records of different classes (Assistances.Application,
 * Injunctions.Application) one schema, which then describes one of them wrongly for the
 * other; here a nested type is named as Java code names it, with its enclosing classes
 * (Assistances.Application).
 */
class SchemaNames extends TypeNameResolver {

    private final Map<String, Set<Class<?>>> typesByName = new ConcurrentHashMap<>();

    @Override
    protected String nameForClass(Class<?> type, Set<Options> options) {
        String name = super.nameForClass(type, options);
        typesByName.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet()).add(type);
        return name;
    }

    @Override
    protected String getNameOfClass(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? type.getSimpleName() : getNameOfClass(enclosing) + "." + type.getSimpleName();
    }

    /** The names given so far to more than one Java type, with those types. */
    Map<String, Set<String>> shared() {
        return typesByName.entrySet()
            .stream()
            .filter(e -> e.getValue().size() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)),
                    (a, b) -> a, TreeMap::new));
    }

}
