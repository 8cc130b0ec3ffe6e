using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Outcomes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Healactively.Web.Tests.Clinician;

/// <summary>
/// The clinician's FHIR export with check-ins, scores and goals validates against the base R4 profiles with Firely's
/// validator and carries a QuestionnaireResponse per check-in, the PEG as Observations and the goals' states.
/// </summary>
public sealed class FhirOutcomeExportTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string Psfs = "https://healactively.example/fhir/Questionnaire/psfs";
    private const string Peg = "https://healactively.example/fhir/Questionnaire/peg";

    [Fact]
    public async System.Threading.Tasks.Task The_bundle_with_check_ins_scores_and_goals_validates_with_0_errors_against_the_base_R4_profiles()
    {
        var linked = await ReportSteps.LinkedPatientAsync(factory, ReportSteps.Small, name: "Vale Validated");
        var route = $"/Clinician/Patients/{Uri.EscapeDataString(linked.PatientId)}";
        OutcomeSteps.AssertRedirect(await OutcomeSteps.AddActivityAsync(linked.Patient, "Carry the shopping up the stairs"));
        var activity = Assert.Single(await OutcomeSteps.ActivitiesAsync(factory, linked.PatientId));
        OutcomeSteps.AssertRedirect(await OutcomeSteps.CheckInAsync(linked.Patient, "2026-11-18", OutcomeSteps.Answers(activity.Id, "3", "6")));
        OutcomeSteps.AssertRedirect(await OutcomeSteps.CheckInAsync(linked.Patient, "2026-11-25", OutcomeSteps.Answers(activity.Id, "6", "4")));

        // The clinician proposes two goals; the patient accepts the first and leaves the second waiting.
        var propose = await HtmlPage.GetOkAsync(linked.Clinician, $"{route}/Propose");
        OutcomeSteps.AssertRedirect(await propose.SubmitAsync(linked.Clinician, "#propose-goal-form", new Dictionary<string, string?> { ["GoalTitle"] = "Walk to the park", ["GoalMetric"] = "walking_meters", ["GoalTarget"] = "1500" }));
        propose = await HtmlPage.GetOkAsync(linked.Clinician, $"{route}/Propose");
        OutcomeSteps.AssertRedirect(await propose.SubmitAsync(linked.Clinician, "#propose-goal-form", new Dictionary<string, string?> { ["GoalTitle"] = "Less pain", ["GoalMetric"] = "pain", ["GoalTarget"] = "2" }));
        var goals = await HtmlPage.GetOkAsync(linked.Patient, "/Goals");
        OutcomeSteps.AssertRedirect(await goals.SubmitAsync(linked.Patient, "#goal-proposals li form", new Dictionary<string, string?>()));
        // The patient's own goal, already met by today's 45 minutes.
        goals = await HtmlPage.GetOkAsync(linked.Patient, "/Goals");
        OutcomeSteps.AssertRedirect(await goals.SubmitAsync(linked.Patient, "#set-goal-form", new Dictionary<string, string?> { ["Title"] = "Sit through a film", ["Metric"] = "sitting_minutes", ["Target"] = "40", ["TargetDate"] = "2026-12-31" }));

        var json = await linked.Clinician.GetStringAsync($"{route}/Fhir");
        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(json)!;

        var errors = FhirValidation.Errors(bundle);
        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:{Environment.NewLine}{FhirValidation.Describe(errors)}");

        var resources = bundle.Entry.Select(e => e.Resource).ToList();
        var patientUrl = Assert.Single(bundle.Entry, e => e.Resource is Patient).FullUrl;
        Assert.Equal(
            [Peg, Psfs],
            resources.OfType<Questionnaire>().Select(q => q.Url).Order());

        // Each check-in: one response to the PSFS and one to the PEG, authored on its date.
        var responses = resources.OfType<QuestionnaireResponse>().ToList();
        Assert.Equal(
            [("2026-11-18", Psfs), ("2026-11-18", Peg), ("2026-11-25", Psfs), ("2026-11-25", Peg)],
            responses.Select(r => (r.Authored, r.Questionnaire)));
        Assert.All(responses, r =>
        {
            Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, r.Status);
            Assert.Equal(patientUrl, r.Subject!.Reference);
        });
        var rated = Assert.Single(responses[2].Item);
        Assert.Equal("activity", rated.LinkId);
        Assert.Equal("Carry the shopping up the stairs", ((FhirString)rated.Item.Single(i => i.LinkId == "activity-name").Answer.Single().Value!).Value);
        Assert.Equal(6, ((Integer)rated.Item.Single(i => i.LinkId == "activity-rating").Answer.Single().Value!).Value);
        Assert.Equal(["peg-pain", "peg-enjoyment", "peg-activity"], responses[3].Item.Select(i => i.LinkId));
        Assert.Equal(4, ((Integer)responses[3].Item.Single(i => i.LinkId == "peg-enjoyment").Answer.Single().Value!).Value);

        string UrlOf(Resource resource) => bundle.Entry.Single(e => e.Resource == resource).FullUrl!;
        var scores = resources.OfType<Observation>()
            .Where(o => o.Code.Coding.Any(c => c.System == "https://healactively.example/fhir/CodeSystem/outcomes") && ((FhirDateTime)o.Effective!).Value == "2026-11-25")
            .ToDictionary(o => o.Code.Coding.Single().Code!);
        Assert.Equal(["peg-activity", "peg-enjoyment", "peg-pain", "peg-score", "psfs-score"], scores.Keys.Order());
        Assert.All(scores.Values, o =>
        {
            Assert.Equal(ObservationStatus.Final, o.Status);
            Assert.Equal("survey", o.Category.Single().Coding.Single().Code);
        });
        Assert.Equal(UrlOf(responses[2]), Assert.Single(scores["psfs-score"].DerivedFrom).Reference);
        Assert.Equal(UrlOf(responses[3]), Assert.Single(scores["peg-score"].DerivedFrom).Reference);
        Assert.Equal(4m, ((Quantity)scores["peg-score"].Value!).Value);
        Assert.Equal(4, ((Integer)scores["peg-pain"].Value!).Value);
        Assert.Equal(6m, ((Quantity)scores["psfs-score"].Value!).Value);

        var byTitle = resources.OfType<Goal>().ToDictionary(g => g.Description.Text!);
        Assert.Equal(Goal.GoalLifecycleStatus.Active, byTitle["Walk to the park"].LifecycleStatus);
        Assert.Equal(Goal.GoalLifecycleStatus.Proposed, byTitle["Less pain"].LifecycleStatus);
        var reached = byTitle["Sit through a film"];
        Assert.Equal(Goal.GoalLifecycleStatus.Completed, reached.LifecycleStatus);
        Assert.Equal("achieved", reached.AchievementStatus!.Coding.Single().Code);
        Assert.Equal("2026-11-25", ((Date)reached.Start!).Value);
        var target = Assert.Single(reached.Target);
        Assert.Equal("Sitting (longest comfortable, minutes)", target.Measure!.Text);
        Assert.Equal((40m, "min"), (((Quantity)target.Detail!).Value, ((Quantity)target.Detail!).Code));
        Assert.Equal("2026-12-31", ((Date)target.Due!).Value);
    }

    [Fact]
    public void The_validator_used_above_finds_missing_required_elements_and_broken_invariants()
    {
        // Observation.status and .code are 1..1; gol-1: a target with a detail needs a measure.
        var missing = FhirValidation.Errors(new Observation { Subject = new ResourceReference("urn:uuid:00000000-0000-0000-0000-000000000001") });
        Assert.True(missing.Count >= 2, FhirValidation.Describe(missing));
        var broken = FhirValidation.Errors(new Goal
        {
            LifecycleStatus = Goal.GoalLifecycleStatus.Active,
            Description = new CodeableConcept { Text = "Walk further" },
            Subject = new ResourceReference("urn:uuid:00000000-0000-0000-0000-000000000001"),
            Target = [new Goal.TargetComponent { Detail = new Quantity { Value = 1 } }],
        });
        Assert.Contains(broken, i => FhirValidation.Describe([i]).Contains("gol-1", StringComparison.Ordinal));
    }
}
