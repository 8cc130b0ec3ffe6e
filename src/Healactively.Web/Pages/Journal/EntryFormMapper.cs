using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Journal;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Healactively.Web.Pages.Journal;

/// <summary>Checks what annotations cannot (units, tags, the hidden fields) and turns the form into <see cref="EntryChanges"/>.</summary>
public static class EntryFormMapper
{
    public const string Prefix = "Input";

    public static EntryChanges? Validate(EntryForm form, DistanceUnit unit, IReadOnlyCollection<string> customKeys, ModelStateDictionary modelState, out int? version)
    {
        version = null;
        if (!string.IsNullOrEmpty(form.Version))
        {
            if (int.TryParse(form.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                version = parsed;
            }
            else
            {
                modelState.AddModelError(string.Empty, "This form was changed outside the page. Reload it and try again; nothing was saved.");
            }
        }

        int? walkingMetres = null;
        if (form.Walking is { } walking)
        {
            var max = DistanceConversion.MaxInUnit(unit);
            if (walking < 0 || walking > max)
            {
                modelState.AddModelError($"{Prefix}.{nameof(EntryForm.Walking)}", $"Longest walk is from 0 to {max.ToString("0.##", CultureInfo.InvariantCulture)} {DistanceConversion.UnitLabel(unit)}.");
            }
            else
            {
                walkingMetres = DistanceConversion.ToMetres(walking, unit);
            }
        }

        var triggers = Tags.Parse(form.Triggers);
        var helped = Tags.Parse(form.Helped);
        AddTagProblem(modelState, nameof(EntryForm.Triggers), Tags.Problem(triggers, "Triggers"));
        AddTagProblem(modelState, nameof(EntryForm.Helped), Tags.Problem(helped, "What helped"));

        var customValues = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        for (var i = 0; i < form.Custom.Count; i++)
        {
            var item = form.Custom[i];
            if (!customKeys.Contains(item.Key) || customValues.ContainsKey(item.Key))
            {
                modelState.AddModelError(string.Empty, "This form lists a metric you do not have. Reload the page and try again; nothing was saved.");
                break;
            }

            if (item.Value is { } value && (value < -1_000_000m || value > 1_000_000m || decimal.Round(value, 2) != value))
            {
                modelState.AddModelError($"{Prefix}.Custom[{i}].Value", "Enter a number between -1,000,000 and 1,000,000 with at most 2 decimals.");
            }

            customValues[item.Key] = item.Value;
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        return new EntryChanges
        {
            Pain = form.Pain,
            SittingMinutes = form.SittingMinutes,
            WalkingMeters = walkingMetres,
            Flare = form.FlareMark,
            FunctionalWins = form.FunctionalWins,
            EasierToday = string.IsNullOrWhiteSpace(form.EasierToday) ? null : form.EasierToday.Trim(),
            Triggers = triggers,
            Helped = helped,
            CustomValues = customValues,
        };
    }

    public static EntryForm FromRecord(JournalEntryRecord? entry, DistanceUnit unit, IReadOnlyList<CustomMetricRecord> metrics)
    {
        var form = new EntryForm
        {
            Custom = metrics.Select(m => new EntryForm.CustomValueInput
            {
                Key = m.Key,
                Value = entry?.CustomValues.FirstOrDefault(v => v.MetricId == m.Id)?.Value,
            }).ToList(),
        };
        if (entry is null)
        {
            return form;
        }

        form.Pain = entry.Pain;
        form.SittingMinutes = entry.SittingMinutes;
        form.Walking = entry.WalkingMeters is { } metres ? DistanceConversion.FromMetres(metres, unit) : null;
        form.FlareStarted = entry.Flare is FlareMark.Start or FlareMark.StartEnd;
        form.FlareOver = entry.Flare is FlareMark.End or FlareMark.StartEnd;
        form.StoodWithoutWincing = entry.FunctionalWins.HasFlag(FunctionalWins.StoodWithoutWincing);
        form.SleptThroughNight = entry.FunctionalWins.HasFlag(FunctionalWins.SleptThroughNight);
        form.CarriedWithoutHesitation = entry.FunctionalWins.HasFlag(FunctionalWins.CarriedWithoutHesitation);
        form.WalkedConfidently = entry.FunctionalWins.HasFlag(FunctionalWins.WalkedConfidently);
        form.DidAvoidedMovement = entry.FunctionalWins.HasFlag(FunctionalWins.DidAvoidedMovement);
        form.EasierToday = entry.EasierToday;
        form.Triggers = Tags.Display(entry.Triggers);
        form.Helped = Tags.Display(entry.Helped);
        form.Version = entry.Version.ToString(CultureInfo.InvariantCulture);
        return form;
    }

    private static void AddTagProblem(ModelStateDictionary modelState, string field, string? problem)
    {
        if (problem is not null)
        {
            modelState.AddModelError($"{Prefix}.{field}", problem);
        }
    }
}
