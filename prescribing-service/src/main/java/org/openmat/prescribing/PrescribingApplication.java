package org.openmat.prescribing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Buprenorphine prescribing records and prescription events to partner pharmacies. */
@SpringBootApplication
public class PrescribingApplication {

    public static void main(String[] args) {
        SpringApplication.run(PrescribingApplication.class, args);
    }
}
