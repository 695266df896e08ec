package io.ipcase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IpcaseApplication {

    public static void main(String[] args) {
        SpringApplication.run(IpcaseApplication.class, args);
    }

}
