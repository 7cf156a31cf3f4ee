package org.openmat.prescribing.pharmacy.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookTargetPolicyTests {

    private final List<String> resolved = new ArrayList<>();
    private final Map<String, InetAddress[]> dns = Map.of(
            "pharmacy.example", new InetAddress[] {ip("203.0.113.10"), ip("2001:db8::10")},
            "split-horizon.example", new InetAddress[] {ip("203.0.113.11"), ip("10.0.0.5")},
            "metadata.example", new InetAddress[] {ip("169.254.169.254")},
            "localhost", new InetAddress[] {ip("127.0.0.1"), ip("::1")});

    /** Names from the table above; IP literals parsed without DNS, as the platform resolver does. */
    private final HostResolver resolver = host -> {
        resolved.add(host);
        if (dns.containsKey(host)) {
            return dns.get(host);
        }
        if (host.contains(":") || host.matches("[0-9.]+")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    };

    private final WebhookTargetPolicy strict = new WebhookTargetPolicy(false, resolver);
    private final WebhookTargetPolicy local = new WebhookTargetPolicy(true, resolver);

    @Test
    void allowsHttpsTargetWhoseAddressesAreAllPublic() {
        TargetDecision decision = strict.check(URI.create("https://pharmacy.example/hooks/openmat"));

        assertThat(decision).isInstanceOfSatisfying(TargetDecision.Allowed.class, allowed -> assertThat(
                allowed.addresses()).containsExactly(ip("203.0.113.10"), ip("2001:db8::10")));
    }

    @Test
    void requiresHttpsUnlessLocalTargetsAreAllowed() {
        URI plain = URI.create("http://pharmacy.example/hooks");

        assertRefused(strict, plain, RefusalReason.NOT_HTTPS);
        assertThat(local.check(plain)).isInstanceOf(TargetDecision.Allowed.class);
    }

    @ParameterizedTest
    @CsvSource({
        "https://127.0.0.1/hook, LOOPBACK",
        "https://127.8.9.10/hook, LOOPBACK",
        "https://[::1]/hook, LOOPBACK",
        "https://localhost:8443/hook, LOOPBACK",
        "https://10.1.2.3/hook, PRIVATE",
        "https://172.16.0.1/hook, PRIVATE",
        "https://172.31.255.255/hook, PRIVATE",
        "https://192.168.1.20/hook, PRIVATE",
        "https://[fd12:3456::1]/hook, PRIVATE",
        "https://[fc00::1]/hook, PRIVATE",
        "https://100.100.100.200/hook, PRIVATE",
        "https://169.254.169.254/latest/meta-data, LINK_LOCAL",
        "https://metadata.example/, LINK_LOCAL",
        "https://[fe80::1]/hook, LINK_LOCAL",
        "https://0.0.0.0/hook, UNSPECIFIED",
        "https://[::]/hook, UNSPECIFIED",
        "https://224.0.0.1/hook, MULTICAST",
        "https://[ff02::1]/hook, MULTICAST",
        "https://255.255.255.255/hook, BROADCAST",
        "https://[::ffff:10.0.0.1]/hook, PRIVATE",
        "https://[64:ff9b::a9fe:a9fe]/hook, LINK_LOCAL",
        "https://split-horizon.example/hook, PRIVATE",
        "https://unknown.example/hook, UNRESOLVABLE",
        "ftp://pharmacy.example/hook, UNSUPPORTED_SCHEME",
        "https://user:secret@pharmacy.example/hook, USER_INFO",
        "https:/hook, MISSING_HOST"
    })
    void refusesTargetsThatReachInternalAddressesOrAreMalformed(String target, RefusalReason reason) {
        assertRefused(strict, URI.create(target), reason);
    }

    @ParameterizedTest
    @CsvSource({"https://172.15.255.255/hook", "https://172.32.0.1/hook", "https://100.128.0.1/hook",
        "https://[2001:db8::1]/hook"})
    void allowsPublicAddressesNextToPrivateRanges(String target) {
        assertThat(strict.check(URI.create(target))).isInstanceOf(TargetDecision.Allowed.class);
    }

    @Test
    void judgesIpv4MappedIpv6AddressByItsIpv4Part() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 127, 0, 0, 1};
        InetAddress loopbackMapped = Inet6Address.getByAddress("mapped.example", mapped, -1);
        WebhookTargetPolicy policy = new WebhookTargetPolicy(false, host -> new InetAddress[] {loopbackMapped});

        assertRefused(policy, URI.create("https://mapped.example/hook"), RefusalReason.LOOPBACK);
    }

    @Test
    void allowsLocalTargetsForDevelopmentWhenConfigured() {
        assertThat(local.check(URI.create("http://localhost:8080/hook"))).isInstanceOf(TargetDecision.Allowed.class);
        assertThat(local.check(URI.create("https://10.1.2.3/hook"))).isInstanceOf(TargetDecision.Allowed.class);
    }

    @Test
    void passesIpv6LiteralsToTheResolverWithoutBrackets() {
        strict.check(URI.create("https://[2001:db8::1]:8443/hook"));

        assertThat(resolved).containsExactly("2001:db8::1");
    }

    @Test
    void requireAllowedThrowsWithTheRefusal() {
        assertThatThrownBy(() -> strict.requireAllowed(URI.create("https://10.1.2.3/hook")))
                .isInstanceOfSatisfying(WebhookTargetRefusedException.class,
                        e -> assertThat(e.refusal().reason()).isEqualTo(RefusalReason.PRIVATE))
                .hasMessageContaining("10.1.2.3");
        assertThat(strict.requireAllowed(URI.create("https://pharmacy.example/hook"))).hasSize(2);
    }

    private static void assertRefused(WebhookTargetPolicy policy, URI target, RefusalReason reason) {
        assertThat(policy.check(target)).isInstanceOfSatisfying(TargetDecision.Refused.class,
                refused -> assertThat(refused.reason()).as(target.toString()).isEqualTo(reason));
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
