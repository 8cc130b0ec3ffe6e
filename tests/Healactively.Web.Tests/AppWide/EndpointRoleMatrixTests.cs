using System.Net;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.AppWide;

/// <summary>
/// Every page and endpoint of the app (read from its endpoint data source), requested with GET by a visitor, a
/// patient, that patient's linked clinician and an admin, answers what this one matrix says. A new page without
/// a row fails the test, and the failure prints the whole observed matrix to review.
/// </summary>
public sealed class EndpointRoleMatrixTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    // Columns: visitor, patient, another patient, linked clinician, unlinked clinician, admin. "login" = sent to sign in; "→/X" = redirected to /X;
    // numbers are status codes. Route parameters are the patient's own ids (see AppSubjects.UrlFor).
    private static readonly Dictionary<string, string> Matrix = new(StringComparer.Ordinal)
    {
        ["PLACEHOLDER"] = "",
    };

    [Fact]
    public async Task Every_endpoint_answers_each_role_as_the_matrix_says()
    {
        var subjects = await AppSubjects.CreateAsync(factory);
        var observed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in AppEndpoints.Templates(factory))
        {
            var cells = new List<string>();
            foreach (var (_, client) in subjects.Callers)
            {
                cells.Add(Describe(await client.GetAsync(subjects.UrlFor(template))).Replace(subjects.PatientId, "{patientId}", StringComparison.Ordinal));
            }

            observed[template] = string.Join(' ', cells);
        }

        var wrong = observed.Where(o => !Matrix.TryGetValue(o.Key, out var expected) || expected != o.Value)
            .Select(o => $"{o.Key}: expected '{Matrix.GetValueOrDefault(o.Key) ?? "(no row)"}', got '{o.Value}'").ToList();
        var stale = Matrix.Keys.Except(observed.Keys).Select(k => $"{k}: row for an endpoint that no longer exists").ToList();
        Assert.True(wrong.Count + stale.Count == 0,
            string.Join('\n', wrong.Concat(stale)) + "\n\nObserved matrix:\n" +
            string.Join('\n', observed.Select(o => $"        [\"{o.Key}\"] = \"{o.Value}\",")));
    }

    private static string Describe(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found))
        {
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var target = response.Headers.Location!;
        var path = (target.IsAbsoluteUri ? target.AbsolutePath : target.OriginalString.Split('?')[0]);
        return path.Equals("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase) ? "login" : "→" + path;
    }
}
