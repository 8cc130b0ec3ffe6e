using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Web.Features.Metrics;

/// <summary>A custom metric's key is a CSV column and a win's metric: it must not clash with the journal's own names.</summary>
public static class CustomMetricKeys
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "flare", "easier_today", "triggers", "helped", "journal", "flare_recovery",
        BuiltInMetrics.PainKey, BuiltInMetrics.SittingKey, BuiltInMetrics.WalkingKey, "walking", "sitting",
    };

    public static bool IsReserved(string key) =>
        Reserved.Contains(key) || FunctionalWinCatalog.FindByKey(key) is not null;
}
