using System.Globalization;
using Healactively.Domain.Metrics;
using Healactively.Domain.Outcomes;
using Hl7.Fhir.Model;
using Goal = Hl7.Fhir.Model.Goal;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>
/// The outcome measures of outcome-measures.md in the FHIR Bundle: a Questionnaire for PSFS and one for PEG, a
/// QuestionnaireResponse per check-in and questionnaire it answers, the scores as Observations derived from them, and
/// the goals as Goals.
/// </summary>
/// <remarks>
/// Codes. LOINC was searched for the PSFS and the PEG (their panels, items and scores: documentation and web pages on
/// "LOINC PEG pain enjoyment general activity", "PEG 3 item pain scale", "LOINC patient specific functional scale")
/// and no source stated a LOINC code for either (only other pain scales' codes came up), so every outcome code is the
/// product's own, in <see cref="CodeSystem"/>:
/// <c>psfs-score</c>, <c>peg-pain</c>, <c>peg-enjoyment</c>, <c>peg-activity</c>, <c>peg-score</c>. The only LOINC code
/// used is the one the daily pain score already had (72514-3, "Pain severity - 0-10 verbal numeric rating"), on goals
/// about pain. Scores are UCUM <c>{score}</c>; PEG items are integers as answered.
/// </remarks>
public static class FhirOutcomeResources
{
    public const string Base = "https://healactively.example/fhir";
    public const string CodeSystem = Base + "/CodeSystem/outcomes";
    public const string PsfsQuestionnaire = Base + "/Questionnaire/psfs";
    public const string PegQuestionnaire = Base + "/Questionnaire/peg";
    public const string PsfsScoreCode = "psfs-score";
    public const string PegScoreCode = "peg-score";

    private const string CategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";
    private const string AchievementSystem = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    private static readonly (string LinkId, string Text, Func<CheckIn, int?> Value)[] PegItems =
    [
        ("peg-pain", "Your pain on average in the past week (0 = no pain, 10 = as bad as you can imagine)", c => c.PegPain),
        ("peg-enjoyment", "How much pain interfered with your enjoyment of life in the past week (0 = not at all, 10 = completely)", c => c.PegEnjoyment),
        ("peg-activity", "How much pain interfered with your general activity in the past week (0 = not at all, 10 = completely)", c => c.PegActivity),
    ];

    public static void Add(Bundle bundle, string patientUrl, FhirOutcomes outcomes)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(outcomes);
        var history = outcomes.History;
        if (history.CheckIns.Count > 0)
        {
            AddEntry(bundle, PsfsQuestionnaire, Psfs());
            AddEntry(bundle, PegQuestionnaire, Peg());
        }

        foreach (var checkIn in history.CheckIns)
        {
            // A QuestionnaireResponse answers exactly one Questionnaire, so a check-in is one response to the PSFS
            // (when it has ratings) and one to the PEG (when it has PEG answers), both authored on the check-in date.
            if (PsfsResponse(patientUrl, checkIn, history) is { } psfsResponse)
            {
                var responseUrl = AddEntry(bundle, null, psfsResponse, $"{patientUrl}/check-in/{Day(checkIn.Date)}/psfs");
                AddScore(bundle, patientUrl, responseUrl, checkIn.Date, PsfsScoreCode, "PSFS score (mean of the activity ratings, 0-10, higher is better)", Score(checkIn.Psfs!.Value));
            }

            if (PegResponse(patientUrl, checkIn) is { } pegResponse)
            {
                var responseUrl = AddEntry(bundle, null, pegResponse, $"{patientUrl}/check-in/{Day(checkIn.Date)}/peg");
                foreach (var (linkId, text, value) in PegItems)
                {
                    if (value(checkIn) is { } answer)
                    {
                        AddScore(bundle, patientUrl, responseUrl, checkIn.Date, linkId, text, new Integer(answer));
                    }
                }

                if (checkIn.Peg is { } peg)
                {
                    AddScore(bundle, patientUrl, responseUrl, checkIn.Date, PegScoreCode, "PEG score (mean of the three items, 0-10, lower is better)", Score(peg));
                }
            }
        }

        foreach (var goal in outcomes.Goals)
        {
            AddEntry(bundle, null, GoalOf(patientUrl, goal), $"{patientUrl}/goal/{goal.Id.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>
    /// The PSFS's items are the patient's own activities, so a fixed item per activity would make a Questionnaire per
    /// patient. Instead one canonical Questionnaire has a repeating group (linkId <c>activity</c>): each occurrence in a
    /// response names the activity and carries its 0–10 rating.
    /// </summary>
    private static Questionnaire Psfs() => new()
    {
        Id = "psfs",
        Url = PsfsQuestionnaire,
        Name = "PSFS",
        Title = "Patient-Specific Functional Scale",
        Status = PublicationStatus.Active,
        Description = new Markdown("Up to 5 activities that are hard because of the problem, each rated 0 (unable to do it) to 10 (able to do it as before the problem). Score = mean of the ratings."),
        Item =
        [
            new Questionnaire.ItemComponent
            {
                LinkId = "activity",
                Text = "An activity that is hard for you because of your back",
                Type = Questionnaire.QuestionnaireItemType.Group,
                Repeats = true,
                Item =
                [
                    new Questionnaire.ItemComponent { LinkId = "activity-name", Text = "Activity", Type = Questionnaire.QuestionnaireItemType.String, Required = true },
                    new Questionnaire.ItemComponent { LinkId = "activity-rating", Text = "How well can you do it now? (0 = unable to do it, 10 = able to do it as before the problem)", Type = Questionnaire.QuestionnaireItemType.Integer, Required = true },
                ],
            },
        ],
    };

    private static Questionnaire Peg() => new()
    {
        Id = "peg",
        Url = PegQuestionnaire,
        Name = "PEG",
        Title = "PEG: pain, enjoyment of life, general activity (Krebs et al. 2009)",
        Status = PublicationStatus.Active,
        Description = new Markdown("Three items about the past week, each 0-10. Score = mean of the three; lower is better."),
        Item = [.. PegItems.Select(i => new Questionnaire.ItemComponent { LinkId = i.LinkId, Text = i.Text, Type = Questionnaire.QuestionnaireItemType.Integer })],
    };

    private static QuestionnaireResponse? PsfsResponse(string patientUrl, CheckIn checkIn, OutcomeHistory history)
    {
        if (checkIn.Ratings.Count == 0)
        {
            return null;
        }

        var response = Response(patientUrl, PsfsQuestionnaire, checkIn.Date);
        foreach (var (activityId, rating) in checkIn.Ratings.OrderBy(r => r.Key))
        {
            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = "activity",
                Item =
                [
                    Answer("activity-name", new FhirString(history.FindActivity(activityId)?.Name ?? OutcomeKeys.Activity(activityId))),
                    Answer("activity-rating", new Integer(rating)),
                ],
            });
        }

        return response;
    }

    private static QuestionnaireResponse? PegResponse(string patientUrl, CheckIn checkIn)
    {
        var response = Response(patientUrl, PegQuestionnaire, checkIn.Date);
        foreach (var (linkId, _, value) in PegItems)
        {
            if (value(checkIn) is { } answer)
            {
                response.Item.Add(Answer(linkId, new Integer(answer)));
            }
        }

        return response.Item.Count > 0 ? response : null;
    }

    private static QuestionnaireResponse Response(string patientUrl, string questionnaire, DateOnly date) => new()
    {
        Questionnaire = questionnaire,
        Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        Subject = new ResourceReference(patientUrl),
        Authored = Day(date),
    };

    private static QuestionnaireResponse.ItemComponent Answer(string linkId, DataType value) => new()
    {
        LinkId = linkId,
        Answer = [new QuestionnaireResponse.AnswerComponent { Value = value }],
    };

    private static Quantity Score(decimal value) => new() { Value = value, Unit = "{score}", System = FhirBundleBuilder.UcumSystem, Code = "{score}" };

    private static void AddScore(Bundle bundle, string patientUrl, string responseUrl, DateOnly date, string code, string display, DataType value) =>
        AddEntry(bundle, null, new Observation
        {
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept { Coding = [new Coding(CategorySystem, "survey", "Survey")] }],
            Code = new CodeableConcept { Coding = [new Coding(CodeSystem, code, display)], Text = display },
            Subject = new ResourceReference(patientUrl),
            Effective = new FhirDateTime(Day(date)),
            Value = value,
            DerivedFrom = [new ResourceReference(responseUrl)],
        }, $"{patientUrl}/{code}/{Day(date)}");

    /// <summary>
    /// lifecycleStatus: a waiting proposal is <c>proposed</c>, an accepted goal being pursued is <c>active</c> (FHIR's
    /// <c>accepted</c> would mean agreed but not yet pursued, which the product has no state for), a reached goal is
    /// <c>completed</c> with achievementStatus <c>achieved</c>, and a goal the patient ended before reaching it is
    /// <c>cancelled</c> with <c>not-achieved</c>. expressedBy is left out: the bundle has no Practitioner to point at.
    /// </summary>
    private static Goal GoalOf(string patientUrl, FhirGoal goal)
    {
        var resource = new Goal
        {
            LifecycleStatus = goal.State switch
            {
                FhirGoalState.Proposed => Goal.GoalLifecycleStatus.Proposed,
                FhirGoalState.Reached => Goal.GoalLifecycleStatus.Completed,
                FhirGoalState.Ended => Goal.GoalLifecycleStatus.Cancelled,
                _ => Goal.GoalLifecycleStatus.Active,
            },
            Description = new CodeableConcept { Text = goal.Title },
            Subject = new ResourceReference(patientUrl),
            Start = goal.SetOn is { } set ? new Date(Day(set)) : null,
            Target =
            [
                new Goal.TargetComponent
                {
                    Measure = Measure(goal),
                    Detail = Detail(goal),
                    Due = goal.TargetDate is { } due ? new Date(Day(due)) : null,
                },
            ],
        };
        resource.AchievementStatus = goal.State switch
        {
            FhirGoalState.Reached => Achievement("achieved", "Achieved"),
            FhirGoalState.Ended => Achievement("not-achieved", "Not Achieved"),
            FhirGoalState.Active => Achievement("in-progress", "In Progress"),
            _ => null,
        };
        return resource;
    }

    private static CodeableConcept Achievement(string code, string display) => new() { Coding = [new Coding(AchievementSystem, code, display)] };

    /// <summary>The target; minutes and metres carry their UCUM code, other units (a custom metric's) only their text.</summary>
    private static Quantity Detail(FhirGoal goal) => goal.Unit switch
    {
        "min" or "m" => new Quantity { Value = goal.Target, Unit = goal.Unit, System = FhirBundleBuilder.UcumSystem, Code = goal.Unit },
        "" => new Quantity { Value = goal.Target },
        _ => new Quantity { Value = goal.Target, Unit = goal.Unit },
    };

    private static CodeableConcept Measure(FhirGoal goal) => goal.Metric switch
    {
        BuiltInMetrics.PainKey => new CodeableConcept { Coding = [new Coding(FhirBundleBuilder.LoincSystem, FhirBundleBuilder.PainCode, FhirBundleBuilder.PainDisplay)], Text = goal.MetricLabel },
        OutcomeKeys.Psfs => new CodeableConcept { Coding = [new Coding(CodeSystem, PsfsScoreCode)], Text = goal.MetricLabel },
        OutcomeKeys.Peg => new CodeableConcept { Coding = [new Coding(CodeSystem, PegScoreCode)], Text = goal.MetricLabel },
        _ => new CodeableConcept { Text = goal.MetricLabel },
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string AddEntry(Bundle bundle, string? fullUrl, Resource resource, string? idSeed = null)
    {
        if (fullUrl is null)
        {
            resource.Id = FhirBundleBuilder.DeterministicId(idSeed!);
            fullUrl = $"urn:uuid:{resource.Id}";
        }

        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
        return fullUrl;
    }
}
