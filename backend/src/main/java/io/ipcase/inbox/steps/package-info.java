/**
 * How a user task's step is declared, described and completed: one
 * {@link io.ipcase.inbox.steps.Step} class per form key of the models, its values a
 * record read from the type argument of {@link io.ipcase.inbox.steps.TaskStep}. The
 * procedures implement steps; the inbox completes them.
 */
@NamedInterface("steps")
package io.ipcase.inbox.steps;

import org.springframework.modulith.NamedInterface;
