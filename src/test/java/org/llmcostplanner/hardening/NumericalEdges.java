package org.llmcostplanner.hardening;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * The numerical edges of the inputs (issue 8), shared by the report test and the window test so
 * both walk the same list: each edge applied to a flat and an hourly base scenario.
 */
public final class NumericalEdges {

    /** One edge: a name for the test report and what it does to a base scenario. */
    public record Edge(String name, UnaryOperator<Scenario> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The edges both the report and the window are checked on. */
    public static final List<Edge> COMMON = List.of(
            new Edge("volume 0", s -> s.with(InputField.REQUESTS_PER_DAY, 0)),
            new Edge("volume 1e9", s -> s.with(InputField.REQUESTS_PER_DAY, 1e9)),
            new Edge("every price 0", NumericalEdges::allPricesZero),
            new Edge("every price 0 at volume 0", s -> allPricesZero(s).with(InputField.REQUESTS_PER_DAY, 0)),
            new Edge("zero throughput", s -> s.with(InputField.OUTPUT_TOKENS_PER_SECOND, 0)),
            new Edge("zero throughput, 8 h floor", s -> s.with(InputField.OUTPUT_TOKENS_PER_SECOND, 0)
                    .with(InputField.MIN_BILLED_HOURS_PER_DAY, 8)),
            new Edge("utilization 1e-9", s -> s.with(InputField.UTILIZATION, 1e-9)),
            new Edge("utilization 1e-9 at 1e9/day", s -> s.with(InputField.UTILIZATION, 1e-9)
                    .with(InputField.REQUESTS_PER_DAY, 1e9)),
            new Edge("routing share 0", s -> s.with(InputField.SELF_HOST_SHARE, 0)),
            new Edge("routing share 1", s -> s.with(InputField.SELF_HOST_SHARE, 1)),
            new Edge("1e7 tokens per request", s -> s.with(InputField.INPUT_TOKENS_PER_REQUEST, 1e7)
                    .with(InputField.OUTPUT_TOKENS_PER_REQUEST, 1e7)),
            new Edge("0 tokens per request", s -> s.with(InputField.INPUT_TOKENS_PER_REQUEST, 0)
                    .with(InputField.OUTPUT_TOKENS_PER_REQUEST, 0)));

    private NumericalEdges() {
    }

    /** Every price and rate 0: nothing costs anything. */
    public static Scenario allPricesZero(Scenario s) {
        for (InputField f : List.of(InputField.INPUT_PRICE_PER_MTOK, InputField.OUTPUT_PRICE_PER_MTOK,
                InputField.CACHED_INPUT_PRICE_PER_MTOK, InputField.FLAT_MONTHLY_COST, InputField.HOURLY_RATE,
                InputField.DEV_RATE_PER_HOUR)) {
            s = s.with(f, 0);
        }
        return s;
    }

    /** The seed article's flat droplet, and an hourly GPU whose capacity is modelled. */
    public static List<Scenario> bases() {
        Scenario flat = Presets.seedArticle().with(InputField.OUTPUT_TOKENS_PER_SECOND, 50);
        Scenario hourly = Presets.seedArticle().withBilling(Billing.HOURLY)
                .with(InputField.HOURLY_RATE, 2.5).with(InputField.OUTPUT_TOKENS_PER_SECOND, 50)
                .with(InputField.MIN_BILLED_HOURS_PER_DAY, 4);
        return List.of(flat, hourly);
    }

    /** The base scenario with this billing. */
    public static Scenario base(Billing billing) {
        return bases().stream().filter(b -> b.selfHost().billing() == billing).findFirst().orElseThrow();
    }

    /** Test cases (edge, billing): every edge on every base. */
    public static Stream<Arguments> onEveryBase(List<Edge> edges) {
        return edges.stream().flatMap(e -> bases().stream().map(b -> Arguments.of(e, b.selfHost().billing())));
    }

    /** {@code first} then {@code more}, in that order. */
    public static List<Edge> concat(List<Edge> first, List<Edge> more) {
        return Stream.concat(first.stream(), more.stream()).toList();
    }
}
