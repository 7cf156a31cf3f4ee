package org.openmat.prescribing.pharmacy.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Classifies addresses a webhook must not reach. IPv6 forms that embed an IPv4 address (IPv4-mapped ::ffff:0:0/96,
 * IPv4-compatible ::/96 and the NAT64 prefix 64:ff9b::/96) are judged by the embedded IPv4 address as well.
 */
final class AddressRestrictions {

    private AddressRestrictions() {
    }

    static Optional<RefusalReason> restriction(InetAddress address) {
        return direct(address).or(() -> embeddedIpv4(address).flatMap(AddressRestrictions::direct));
    }

    private static Optional<RefusalReason> direct(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isAnyLocalAddress() || (address instanceof Inet4Address && bytes[0] == 0)) {
            return Optional.of(RefusalReason.UNSPECIFIED);
        }
        if (address.isLoopbackAddress()) {
            return Optional.of(RefusalReason.LOOPBACK);
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of(RefusalReason.LINK_LOCAL);
        }
        if (address.isSiteLocalAddress() || isUniqueLocal(address) || isSharedAddressSpace(address)) {
            return Optional.of(RefusalReason.PRIVATE);
        }
        if (address.isMulticastAddress()) {
            return Optional.of(RefusalReason.MULTICAST);
        }
        if (address instanceof Inet4Address && Arrays.equals(bytes, new byte[] {-1, -1, -1, -1})) {
            return Optional.of(RefusalReason.BROADCAST);
        }
        return Optional.empty();
    }

    /** fc00::/7, the IPv6 unique local addresses. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, carrier-grade NAT space, which some clouds also use for internal services. */
    private static boolean isSharedAddressSpace(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] bytes = address.getAddress();
        boolean mapped = allZero(bytes, 0, 10) && bytes[10] == -1 && bytes[11] == -1;
        boolean compatible = allZero(bytes, 0, 12);
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b
                && allZero(bytes, 4, 12);
        if (!mapped && !compatible && !nat64) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
