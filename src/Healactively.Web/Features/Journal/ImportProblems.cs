namespace Healactively.Web.Features.Journal;

/// <summary>Something wrong with an imported file: at a line of the file (the header is line 1), or about the file as a whole.</summary>
public sealed record ImportProblem(int? Line, string Message);

/// <summary>
/// The problems found in one imported file. All are counted; only the first <see cref="MaxKept"/> are kept,
/// so a large file of garbage cannot fill the server's memory with messages.
/// </summary>
public sealed class ImportProblems
{
    public const int MaxKept = 1000;

    private readonly List<ImportProblem> _kept = [];

    public int Count { get; private set; }

    public void Add(int? line, string message)
    {
        Count++;
        if (_kept.Count < MaxKept)
        {
            _kept.Add(new ImportProblem(line, message));
        }
    }

    /// <summary>Forgets every problem found so far and keeps only this one (a refusal of the whole file that explains it all).</summary>
    public ImportProblems Replace(int? line, string message)
    {
        _kept.Clear();
        Count = 0;
        Add(line, message);
        return this;
    }

    /// <summary>The kept problems, those about the whole file first, then by line (several on one line keep their order).</summary>
    public IReadOnlyList<ImportProblem> InLineOrder() => [.. _kept.OrderBy(p => p.Line ?? 0)];
}
