package org.openmat.prescribing.disclosure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisclosureProperties.class)
class DisclosureConfiguration {
}
