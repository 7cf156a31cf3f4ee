package org.openmat.simulator.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openmat.simulator.cohort.Band;

class ReconciliationTests {

    private final SevenDayFigures truth = new SevenDayFigures(1000, 900, 0, 100, 420,
            Map.of(Band.NONE, 300, Band.MILD, 450, Band.MODERATE, 100, Band.SEVERE, 50), 150);

    @Test
    void identicalFiguresReconcile() {
        Reconciliation reconciliation = new Reconciliation("now", "test",
                Reconciliation.sevenDay("ops", truth, truth));

        assertThat(reconciliation.reconciled()).isTrue();
        assertThat(reconciliation.differences()).isEmpty();
    }

    @Test
    void oneSinglePatientCountedInTheWrongBandIsADifference() {
        SevenDayFigures observed = new SevenDayFigures(1000, 900, 0, 100, 420,
                Map.of(Band.NONE, 300, Band.MILD, 449, Band.MODERATE, 101, Band.SEVERE, 50), 150);

        Reconciliation reconciliation = new Reconciliation("now", "test",
                Reconciliation.sevenDay("ops", observed, truth));

        assertThat(reconciliation.reconciled()).isFalse();
        assertThat(reconciliation.differences()).extracting(FigureCheck::name, FigureCheck::difference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ops band MILD", -1L),
                        org.assertj.core.groups.Tuple.tuple("ops band MODERATE", 1L));
    }

    @Test
    void oneMissingInductionIsADifference() {
        SevenDayFigures observed = new SevenDayFigures(999, 900, 0, 99, 420, truth.bands(), 150);

        Reconciliation reconciliation = new Reconciliation("now", "test",
                Reconciliation.sevenDay("ops", observed, truth));

        assertThat(reconciliation.differences()).extracting(FigureCheck::name)
                .containsExactly("ops inducted (denominator)", "ops overdue");
    }

    @Test
    void anExtraCheckBesideTheFiguresCountsToo() {
        Reconciliation reconciliation = new Reconciliation("now", "test",
                List.of(new FigureCheck("pharmacies: topic orders for patients without consent", 1, 0)));

        assertThat(reconciliation.reconciled()).isFalse();
    }

    @Test
    void figuresOfSeveralClinicianGroupsAddUp() {
        SevenDayFigures one = new SevenDayFigures(1, 1, 0, 0, 1, Map.of(Band.NONE, 1), 0);
        SevenDayFigures two = new SevenDayFigures(2, 1, 0, 1, 0, Map.of(Band.SEVERE, 1), 1);

        assertThat(one.plus(two)).isEqualTo(new SevenDayFigures(3, 2, 0, 1, 1,
                Map.of(Band.NONE, 1, Band.SEVERE, 1), 1));
    }
}
