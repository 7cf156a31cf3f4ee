package org.openmat.prescribing.pharmacy.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/** Whether webhooks may be delivered to a target URL. */
public sealed interface TargetDecision permits TargetDecision.Allowed, TargetDecision.Refused {

    URI target();

    /**
     * The target may be called. Connect only to {@code addresses}, the ones that were checked: resolving the host
     * again at connect time would let a DNS answer that changed in between (DNS rebinding) reach an internal address.
     */
    record Allowed(URI target, List<InetAddress> addresses) implements TargetDecision {
        public Allowed {
            addresses = List.copyOf(addresses);
        }
    }

    record Refused(URI target, RefusalReason reason, String detail) implements TargetDecision {
    }
}
