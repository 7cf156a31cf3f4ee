package org.openmat.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

final class Ports {

    private Ports() {
    }

    /** Fails early with a useful message instead of a bind error deep inside some server's log. */
    static void requireFree(int port, String user) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
        } catch (IOException free) {
            return;
        }
        throw new LocalStackException("Port " + port + " on 127.0.0.1 is already in use, but " + user
                + " needs it. Is another local stack still running? Stop it (or free the port) and try again.");
    }
}
