package dev.tradedesk.embedded;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.util.OptionalInt;

/**
 * Who the embedded PostgreSQL processes run as. PostgreSQL refuses to run as root, so a JVM running as
 * root (containers, CI) needs one of two ways around that.
 */
enum PostgresUser {

    /** This JVM is not root: PostgreSQL runs as the same user, zonky unchanged. */
    SAME_AS_JVM("as this JVM's user"),

    /**
     * Root, where Linux user namespaces are allowed: zonky (2.2+) itself runs each PostgreSQL command
     * under {@code unshare -U}, in which it is not root. On disk, the files still belong to root.
     */
    ROOT_IN_USER_NAMESPACE("in a user namespace (zonky's unshare -U), since this JVM runs as root"),

    /**
     * Root, where user namespaces are not allowed (Docker's default seccomp profile forbids them): the
     * binaries are re-packed so that initdb and pg_ctl switch to nobody with {@code setpriv}, see
     * {@link RootSafeBinaryResolver}. The data directory belongs to nobody.
     */
    NOBODY("as nobody (uid 65534), since this JVM runs as root and user namespaces are unavailable");

    private final String description;

    PostgresUser(String description) {
        this.description = description;
    }

    /** The way this JVM runs PostgreSQL. */
    static PostgresUser current() {
        if (!ProcessUser.isRoot()) {
            return SAME_AS_JVM;
        }
        return LinuxUtils.isUnshareAvailable() ? ROOT_IN_USER_NAMESPACE : NOBODY;
    }

    /** The uid owning the files PostgreSQL writes, when known. */
    OptionalInt dataOwner() {
        return switch (this) {
            case SAME_AS_JVM -> ProcessUser.effectiveUid();
            case ROOT_IN_USER_NAMESPACE -> OptionalInt.of(0);
            case NOBODY -> OptionalInt.of(ProcessUser.NOBODY);
        };
    }

    /** For log and error messages: "as nobody (uid 65534), since ...". */
    String description() {
        return description;
    }
}
