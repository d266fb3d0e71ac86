package dev.tradedesk.domain.roles;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.domain.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionTest {

    @ParameterizedTest
    @ValueSource(strings = {"orders:place", "billing.v2:refund-*", "reports:*", "a_b:c.d"})
    void accepts_resource_action(String value) {
        assertThatCode(() -> new Permission(value)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "Orders:place", "orders:", ":place", "orders:pl ace", "*:place", "a:b:c"})
    void rejects_anything_else(String value) {
        assertThatThrownBy(() -> new Permission(value)).isInstanceOf(ValidationException.class);
    }
}
