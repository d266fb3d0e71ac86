package dev.tradedesk.domain.planted;

/** Planted violation of rule 1: the domain reaching for a framework. */
public class DomainUsingSpring {

    public boolean blank(String s) {
        return !org.springframework.util.StringUtils.hasText(s);
    }
}
