package io.ipcase.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.util.Optional;

/**
 * The CSRF token a browser holds: the application sets it as the XSRF-TOKEN cookie, and
 * the front end sends it back in a header with every write.
 */
public final class XsrfCookie {

    private XsrfCookie() {
    }

    public static Optional<String> in(CookieManager cookies) {
        return cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst();
    }

}
