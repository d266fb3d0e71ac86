package dev.tradedesk.domain.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.domain.common.ValidationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void keeps_valid_names_and_sorted_permissions() {
        Role role = new Role("desk.trader_2-eu", null, Set.of("orders:place", "market:read"), false);
        assertThat(role.description()).isEmpty();
        assertThat(role.permissions()).containsExactly("market:read", "orders:place");
    }

    @Test
    void rejects_bad_names_and_permissions() {
        for (String name : new String[] {"", "Admin", "a b", "x".repeat(65), "rôle", null}) {
            assertThatThrownBy(() -> new Role(name, "", Set.of(), false)).as(String.valueOf(name))
                    .isInstanceOf(ValidationException.class);
        }
        assertThat(Role.isValidName("x".repeat(64))).isTrue();
        assertThatThrownBy(() -> new Role("ok", "", Set.of("not a permission"), false))
                .isInstanceOf(ValidationException.class);
    }
}
