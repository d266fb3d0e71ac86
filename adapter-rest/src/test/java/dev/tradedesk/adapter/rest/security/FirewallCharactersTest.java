package dev.tradedesk.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class FirewallCharactersTest {

    @Test
    void names_are_judged_as_spring_security_judges_them_on_every_char_and_every_surrogate_pair() {
        assertSameAsSpring(FirewallCharacters.NAMES, StrictHttpFirewall.ALLOWED_HEADER_NAMES);
        assertSameAsSpring(FirewallCharacters.NAMES, StrictHttpFirewall.ALLOWED_PARAMETER_NAMES);
    }

    @Test
    void header_values_are_judged_as_spring_security_judges_them_on_every_char_and_every_surrogate_pair() {
        assertSameAsSpring(FirewallCharacters.HEADER_VALUES, StrictHttpFirewall.ALLOWED_HEADER_VALUES);
    }

    private static void assertSameAsSpring(Predicate<String> ours, Predicate<String> spring) {
        List<String> differences = new ArrayList<>();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            compare(ours, spring, one, differences);
            compare(ours, spring, "Bearer " + one + "x", differences);
        }
        for (int codePoint = Character.MIN_SUPPLEMENTARY_CODE_POINT; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            compare(ours, spring, Character.toString(codePoint), differences);
        }
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                int pick = random.nextInt(4);
                text.append(pick == 0 ? (char) random.nextInt(0x100) // Latin-1, what Tomcat decodes headers to
                        : pick == 1 ? (char) (0xd800 + random.nextInt(0x800)) // surrogates, paired or not
                        : pick == 2 ? (char) random.nextInt(0x80)
                        : (char) random.nextInt(Character.MAX_VALUE + 1));
            }
            compare(ours, spring, text.toString(), differences);
        }
        compare(ours, spring, "", differences);
        assertThat(differences).isEmpty();
    }

    private static void compare(Predicate<String> ours, Predicate<String> spring, String text, List<String> differences) {
        if (ours.test(text) != spring.test(text) && differences.size() < 20) {
            differences.add(text.codePoints().mapToObj(Integer::toHexString).toList() + " spring " + spring.test(text));
        }
    }

    @Test
    void the_firewall_still_refuses_control_characters_in_header_values_and_names_and_accepts_tabs_in_values() {
        StrictHttpFirewall firewall = FirewallCharacters.strictFirewall();
        MockHttpServletRequest mock = new MockHttpServletRequest("GET", "/api/v1/users/me");
        mock.addHeader("Authorization", "Bearer abc.def.ghi");
        mock.addHeader("X-Tab", "a\tb");
        mock.addHeader("X-Bad", "a\u0000b");
        mock.addHeader("X-Del", "a\u007fb");
        mock.addHeader("X-C1", "a\u0085b");
        mock.addHeader("X-Unassigned", "a\u0378b");
        mock.addHeader("X\u0001Name", "value");
        mock.addParameter("p\u0002", "v");
        HttpServletRequest request = firewall.getFirewalledRequest(mock);

        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer abc.def.ghi");
        assertThat(request.getHeader("X-Tab")).isEqualTo("a\tb");
        for (String name : List.of("X-Bad", "X-Del", "X-C1", "X-Unassigned")) {
            assertThatThrownBy(() -> request.getHeader(name)).isInstanceOf(RequestRejectedException.class);
        }
        assertThatThrownBy(() -> request.getHeader("X\u0001Name")).isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> request.getParameter("p\u0002")).isInstanceOf(RequestRejectedException.class);
    }
}
