package org.openmat.followup.dashboard;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only the page's own scripts and styles run, and it talks only to this service and the issuer (token endpoint), so
 * an injected script could neither run nor send a token anywhere else.
 */
class DashboardSecurityHeaders extends OncePerRequestFilter {

    private final String contentSecurityPolicy;

    DashboardSecurityHeaders(String issuerOrigin) {
        this.contentSecurityPolicy = String.join("; ",
                "default-src 'none'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "connect-src 'self' " + issuerOrigin,
                "base-uri 'none'",
                "form-action 'none'",
                "frame-ancestors 'none'");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
