package org.openmat.followup.dashboard;

import java.net.URI;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the static page under {@code /ops/} (see {@code static/ops}) with a strict Content-Security-Policy. */
@Configuration(proxyBeanMethods = false)
class DashboardWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/ops", "/ops/");
        registry.addViewController("/ops/").setViewName("forward:/ops/index.html");
    }

    @Bean
    FilterRegistrationBean<DashboardSecurityHeaders> dashboardSecurityHeaders(
            OAuth2ResourceServerProperties resourceServer) {
        URI issuer = URI.create(resourceServer.getJwt().getIssuerUri());
        var registration = new FilterRegistrationBean<>(new DashboardSecurityHeaders(origin(issuer)));
        registration.addUrlPatterns("/ops", "/ops/*");
        return registration;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
