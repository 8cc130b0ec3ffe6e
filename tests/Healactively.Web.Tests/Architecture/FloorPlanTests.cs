using System.Reflection;
using Healactively.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetArchTest.Rules;

namespace Healactively.Web.Tests.Architecture;

/// <summary>
/// The floor plan of shared/design/architecture.md, checked on the compiled web assembly (method bodies included):
/// dependencies point from pages to features to the domain, never back, and no page model reaches the database itself.
/// </summary>
public sealed class FloorPlanTests
{
    private const string Features = "Healactively.Web.Features";
    private static readonly Assembly Web = typeof(AppDbContext).Assembly;

    [Fact]
    public void Nothing_in_Features_refers_to_Pages_or_Startup()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace(Features)
            .ShouldNot().HaveDependencyOnAny("Healactively.Web.Pages", "Healactively.Web.Areas", "Healactively.Web.Startup", "AspNetCoreGeneratedDocument")
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders("Features that refer to pages or start-up", result));
    }

    [Fact]
    public void No_page_or_view_uses_the_database_context()
    {
        var result = Types.InAssembly(Web).That()
            .ResideInNamespace("Healactively.Web.Pages").Or().ResideInNamespace("Healactively.Web.Areas").Or().ResideInNamespace("AspNetCoreGeneratedDocument")
            .ShouldNot().HaveDependencyOnAny(typeof(AppDbContext).FullName!, typeof(SqliteAppDbContext).FullName!, typeof(PostgresAppDbContext).FullName!)
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders("Pages and views that use AppDbContext (call a feature instead)", result));
    }

    [Fact]
    public void Every_page_model_lives_under_Pages_or_Areas()
    {
        var misplaced = Web.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)))
            .Where(t => t.Namespace is not { } ns || !(ns.StartsWith("Healactively.Web.Pages", StringComparison.Ordinal) || ns.StartsWith("Healactively.Web.Areas", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(misplaced);
    }

    [Fact]
    public void No_two_features_depend_on_each_other_even_through_others()
    {
        var features = Web.GetTypes()
            .Select(t => FeatureOf(t.Namespace))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("Journal", features);

        var uses = features.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var from in features)
        {
            foreach (var to in features.Where(t => t != from))
            {
                var users = Types.InAssembly(Web).That().ResideInNamespace($"{Features}.{from}")
                    .And().HaveDependencyOn($"{Features}.{to}")
                    .GetTypes();
                if (users.Any(t => FeatureOf(t.Namespace) == from))
                {
                    uses[from].Add(to);
                }
            }
        }

        var cycles = features
            .SelectMany(from => uses[from].Where(to => Reaches(uses, to, from)).Select(to => $"{from} -> {to}"))
            .ToList();
        Assert.True(cycles.Count == 0, "Features that depend on each other (directly or through others): " + string.Join(", ", cycles));
    }

    [Fact]
    public void Only_the_journal_writer_recalculates_wins_or_takes_the_write_queue()
    {
        var result = Types.InAssembly(Web).That()
            .HaveDependencyOnAny(typeof(Healactively.Web.Features.Wins.WinRecalculator).FullName!, typeof(SqliteWriteGate).FullName!)
            .Should().HaveNameStartingWith(nameof(Healactively.Web.Features.Journal.JournalWriter))
            .Or().HaveNameEndingWith("Setup")
            .Or().HaveName(nameof(SqliteWriteGate))
            .Or().HaveName(nameof(Healactively.Web.Features.Wins.WinRecalculator))
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders("Journal changes that bypass JournalWriter", result));
    }

    private static string? FeatureOf(string? ns) =>
        ns is not null && ns.StartsWith(Features + ".", StringComparison.Ordinal)
            ? ns[(Features.Length + 1)..].Split('.')[0]
            : null;

    private static bool Reaches(Dictionary<string, HashSet<string>> uses, string from, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var next))
        {
            if (next == target)
            {
                return true;
            }

            foreach (var used in uses[next].Where(seen.Add))
            {
                queue.Enqueue(used);
            }
        }

        return false;
    }

    private static string Offenders(string what, TestResult result) =>
        $"{what}: {string.Join(", ", result.FailingTypeNames ?? [])}";
}
