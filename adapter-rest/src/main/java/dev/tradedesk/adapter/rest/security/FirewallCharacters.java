package dev.tradedesk.adapter.rest.security;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} with its character rules checked by a loop instead of
 * its regular expressions: the same rules ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*} for header and
 * parameter names, the same plus tab for header values), code point by code point. The firewall checks
 * every header value a request reads, the bearer token's among them, and the patterns were about 4% of an
 * authenticated {@code GET}'s CPU (JFR, bench/findings.md, figure 2). {@code FirewallCharactersTest}
 * compares both on every {@code char} and on surrogate pairs.
 */
public final class FirewallCharacters {

    /** Names of headers and parameters: assigned code points, no control characters. */
    public static final Predicate<String> NAMES = s -> allowed(s, false);
    /** Header values: as {@link #NAMES}, and tab. */
    public static final Predicate<String> HEADER_VALUES = s -> allowed(s, true);

    private FirewallCharacters() {
    }

    /** Spring Security's strict firewall, with these predicates for header names and values and parameter names. */
    public static StrictHttpFirewall strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAMES);
        firewall.setAllowedHeaderValues(HEADER_VALUES);
        firewall.setAllowedParameterNames(NAMES);
        return firewall;
    }

    private static boolean allowed(String s, boolean tab) {
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 0x80) { // ASCII, the usual case: assigned; C0 controls and DEL are controls
                if ((c < 0x20 || c == 0x7f) && !(tab && c == '\t')) {
                    return false;
                }
                i++;
                continue;
            }
            int codePoint = s.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
