package org.spinecode.plugin.host.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a group paragraph reads: the wordings of real billing articles, written here in our own examples. */
class GroupParagraphTest {

  @Test
  void a_scope_sentence_names_the_procedure_codes_and_nothing_else_is_a_condition() {
    GroupParagraph p = GroupParagraph.read(1, "&lt;p&gt;It is the provider&rsquo;s responsibility to select codes"
        + " carried out to the highest level of specificity.&lt;/p&gt;&lt;p&gt;The following ICD-10-CM codes support"
        + " medical necessity and provide coverage for CPT codes: 64479, 64480, 64483 and 64484.&lt;/p&gt;");

    assertThat(p.cptScope).containsExactly("64479", "64480", "64483", "64484");
    assertThat(p.notes).isEmpty();
    assertThat(p.ties).isEmpty();
    assertThat(p.text).contains("provide coverage for CPT codes: 64479").doesNotContain("<p>");
  }

  @Test
  void a_code_range_in_the_scope_holds_every_code_between() {
    GroupParagraph p = GroupParagraph.read(2, "<p>Covered diagnoses for CPT codes 64490-64495.</p>");

    assertThat(p.cptScope).containsExactly("64490", "64491", "64492", "64493", "64494", "64495");
    assertThat(p.notes).isEmpty();
  }

  @Test
  void a_code_from_one_group_and_a_code_from_another_is_a_dual_diagnosis() {
    GroupParagraph p = GroupParagraph.read(3, "<p>Dual diagnosis: bill a code from Group 3 and a code from Group 4"
        + " for CPT codes 62321 and 62323.</p>");

    assertThat(p.ties).singleElement().satisfies(t -> {
      assertThat(t.primary).isEqualTo(3);
      assertThat(t.partner).isEqualTo(4);
      assertThat(t.partnerSecondary).isTrue();
    });
    assertThat(p.cptScope).containsExactly("62321", "62323");
    assertThat(p.notes).isEmpty();
  }

  @Test
  void refer_to_a_group_for_the_secondary_codes_ties_this_group_to_it() {
    GroupParagraph secondary = GroupParagraph.read(2, "Refer to Group 3 for the secondary ICD-10-CM codes required.");
    GroupParagraph primary = GroupParagraph.read(3, "Refer to Group 2 for the primary codes.");

    assertThat(secondary.ties).singleElement().satisfies(t -> {
      assertThat(t.primary).isEqualTo(2);
      assertThat(t.partner).isEqualTo(3);
    });
    assertThat(primary.ties).singleElement().satisfies(t -> {
      assertThat(t.primary).isEqualTo(2);
      assertThat(t.partner).isEqualTo(3);
    });
    assertThat(secondary.notes).isEmpty();
    assertThat(primary.notes).isEmpty();
  }

  @Test
  void must_be_billed_with_a_code_of_another_group_ties_the_subject_group() {
    GroupParagraph own = GroupParagraph.read(5, "These codes must be billed with a code from Group 6.");
    GroupParagraph named = GroupParagraph.read(1, "Codes in Group 5 must be billed with a secondary code from Group 6.");

    assertThat(own.ties).singleElement().satisfies(t -> {
      assertThat(t.primary).isEqualTo(5);
      assertThat(t.partner).isEqualTo(6);
      assertThat(t.partnerSecondary).isFalse();
    });
    assertThat(named.ties).singleElement().satisfies(t -> {
      assertThat(t.primary).isEqualTo(5);
      assertThat(t.partnerSecondary).isTrue();
    });
    assertThat(own.notes).isEmpty();
    assertThat(named.notes).isEmpty();
  }

  @Test
  void a_bare_role_label_is_kept_as_the_groups_role() {
    assertThat(GroupParagraph.read(4, "<p>Secondary Diagnosis Codes:</p>").role).isEqualTo(GroupParagraph.Role.SECONDARY);
    assertThat(GroupParagraph.read(3, "Primary diagnosis:").role).isEqualTo(GroupParagraph.Role.PRIMARY);
  }

  @Test
  void a_condition_the_reader_does_not_know_is_kept_word_for_word() {
    GroupParagraph p = GroupParagraph.read(5, "<p>The following codes are covered for CPT code 64483.</p>"
        + "<p>Covered only when the record documents two failed conservative treatments.</p>");

    assertThat(p.cptScope).containsExactly("64483");
    assertThat(p.notes).containsExactly("Covered only when the record documents two failed conservative treatments.");
  }

  @Test
  void a_mention_of_another_group_the_reader_cannot_place_is_a_note() {
    GroupParagraph p = GroupParagraph.read(1, "See Group 7 for the exceptions list.");

    assertThat(p.ties).isEmpty();
    assertThat(p.notes).hasSize(1);
  }
}
