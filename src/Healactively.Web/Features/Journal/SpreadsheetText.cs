namespace Healactively.Web.Features.Journal;

/// <summary>
/// Keeps a CSV text cell from running as a spreadsheet formula (OWASP "CSV injection"): a cell that starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, or with quote marks followed by one of them,
/// is written with one leading <c>'</c>. <see cref="Restore"/> removes exactly that quote again, so an exported journal
/// re-imports to the same journal. Only text cells go through it: numbers (a negative custom value) are written as they are.
/// </summary>
public static class SpreadsheetText
{
    public const char Marker = '\'';

    /// <summary>The text as it is safe to put in a spreadsheet cell.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return StartsLikeFormula(text) ? Marker + text : text;
    }

    /// <summary>
    /// The text a neutralised cell stood for: one leading <c>'</c> is removed when what follows would have been neutralised
    /// (so "'=1" reads as "=1", and "''=1" as "'=1"); any other text, "'tis" included, is read as it is.
    /// </summary>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == Marker && StartsLikeFormula(cell.AsSpan(1)) ? cell[1..] : cell;
    }

    private static bool StartsLikeFormula(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart("'\"");
        return !start.IsEmpty && start[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
