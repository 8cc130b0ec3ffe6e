namespace Healactively.Web.Tests.Infrastructure;

/// <summary>Fills the journal form of a given day the way a patient would.</summary>
public static class JournalForms
{
    public static async Task<HtmlPage> SaveAsync(HttpClient client, string date, IReadOnlyDictionary<string, string?> values)
    {
        var form = await HtmlPage.GetOkAsync(client, $"/Journal/Entry/{date}");
        return await form.SubmitAsync(client, "#entry-form", values);
    }

    public static Dictionary<string, string?> Values(params (string Field, string? Value)[] fields) =>
        fields.ToDictionary(f => $"Input.{f.Field}", f => f.Value);
}
