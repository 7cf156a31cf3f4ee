package org.openmat.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the platform, so the platform is tested the way services use it. */
@SpringBootApplication
public class PlatformTestApplication {
}
