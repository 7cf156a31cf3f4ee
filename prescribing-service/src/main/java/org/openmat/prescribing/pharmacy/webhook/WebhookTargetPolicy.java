package org.openmat.prescribing.pharmacy.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Guards against server-side request forgery through webhook target URLs: the target must be https and every address
 * its host resolves to must be public, not loopback, private (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7),
 * link-local (169.254/16, fe80::/10), unspecified, multicast or broadcast. With {@code allowLocalTargets} (local
 * development and tests only) plain http and such addresses are allowed.
 */
public final class WebhookTargetPolicy {

    private final boolean allowLocalTargets;
    private final HostResolver resolver;

    public WebhookTargetPolicy(boolean allowLocalTargets, HostResolver resolver) {
        this.allowLocalTargets = allowLocalTargets;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** A policy for production: https only, public addresses only, resolved through the platform resolver. */
    public static WebhookTargetPolicy strict() {
        return new WebhookTargetPolicy(false, HostResolver.SYSTEM);
    }

    public TargetDecision check(URI target) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return new TargetDecision.Refused(target, RefusalReason.UNSUPPORTED_SCHEME, "scheme '" + scheme + "'");
        }
        if (scheme.equals("http") && !allowLocalTargets) {
            return new TargetDecision.Refused(target, RefusalReason.NOT_HTTPS, "webhooks are delivered over https");
        }
        if (target.getRawUserInfo() != null) {
            return new TargetDecision.Refused(target, RefusalReason.USER_INFO, "credentials in the URL");
        }
        String host = target.getHost();
        if (host == null || host.isEmpty()) {
            return new TargetDecision.Refused(target, RefusalReason.MISSING_HOST, "no host name");
        }
        return checkAddresses(target, stripBrackets(host));
    }

    /** The addresses to connect to, or a {@link WebhookTargetRefusedException}. */
    public List<InetAddress> requireAllowed(URI target) {
        TargetDecision decision = check(target);
        if (decision instanceof TargetDecision.Refused refused) {
            throw new WebhookTargetRefusedException(refused);
        }
        return ((TargetDecision.Allowed) decision).addresses();
    }

    private TargetDecision checkAddresses(URI target, String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new TargetDecision.Refused(target, RefusalReason.UNRESOLVABLE, "host " + host + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            return new TargetDecision.Refused(target, RefusalReason.UNRESOLVABLE, "host " + host + " has no address");
        }
        if (!allowLocalTargets) {
            for (InetAddress address : addresses) {
                Optional<RefusalReason> restriction = AddressRestrictions.restriction(address);
                if (restriction.isPresent()) {
                    return new TargetDecision.Refused(target, restriction.get(),
                            host + " resolves to " + address.getHostAddress());
                }
            }
        }
        return new TargetDecision.Allowed(target, List.of(addresses));
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
