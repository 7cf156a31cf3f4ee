package org.openmat.prescribing.pharmacy.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name (or an IP literal) to its addresses; injected so tests need no DNS. */
@FunctionalInterface
public interface HostResolver {

    /** The platform resolver, the same one the HTTP client uses. */
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
