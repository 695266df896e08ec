package io.ipcase.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The single-page application's own routes (a reload on /inbox/cases/…) serve its index
 * page; React Router takes it from there.
 */
@Controller
class SpaRoutes {

    @GetMapping({ "/login", "/portal", "/portal/**", "/inbox", "/inbox/**", "/sla", "/sla/**", "/admin", "/admin/**",
            "/report", "/report/**" })
    String index() {
        return "forward:/index.html";
    }

}
