package io.ipcase.security;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OfficeController {

    private final Offices offices;

    OfficeController(Offices offices) {
        this.offices = offices;
    }

    @GetMapping("/api/offices")
    List<Office> offices() {
        return offices.all();
    }

}
