using System.Net;
using System.Text.RegularExpressions;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.AppWide;

/// <summary>
/// No request a browser (or a curious tester) can make answers 500 (issue 15, item 5). Over every page of the app, read
/// from its endpoints so new pages are covered: a POST with a valid antiforgery token and no handler or an unknown one,
/// and every route parameter at its extremes, each in every role.
/// </summary>
public sealed partial class NoServerErrorTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private static readonly string[] Extremes = ["0001-01-01", "9999-12-31", "0", "-1", "2147483647", "9223372036854775807"];

    [Fact]
    public async Task No_page_answers_500_to_a_post_with_a_valid_token_and_no_or_an_unknown_handler_in_any_role()
    {
        var subjects = await AppSubjects.CreateAsync(factory);
        var callers = await WithTokensAsync(subjects);
        // The tester's list first, answered plainly: 405 (or 404 for a handler that does not exist), never a blank page.
        var patient = callers.Single(c => c.Role == "patient");
        foreach (var page in new[] { "/Home", "/Journal", "/Wins", "/Progress", "/Progress/WhatHelps" })
        {
            using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", patient.Token)]);
            var response = await patient.Client.PostAsync(page, form);
            Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"POST {page}: {(int)response.StatusCode}");
        }

        // Pages that sign someone out or lock an account go last, so every other page is tried signed in.
        var failures = new List<string>();
        foreach (var template in AppEndpoints.Templates(factory).OrderBy(t => t.Contains("Logout", StringComparison.Ordinal) || t.StartsWith("Admin/Accounts", StringComparison.Ordinal)))
        {
            var url = subjects.UrlFor(template);
            foreach (var (role, client, token) in callers)
            {
                foreach (var target in new[] { url, url + "?handler=NoSuchHandler" })
                {
                    using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Pain", "1")]);
                    var response = await client.PostAsync(target, form);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"POST {target} as {role}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task No_route_parameter_at_its_extremes_answers_500_in_any_role()
    {
        var subjects = await AppSubjects.CreateAsync(factory);
        var failures = new List<string>();
        foreach (var template in AppEndpoints.Templates(factory).Where(t => Parameter().IsMatch(t)))
        {
            foreach (var value in Extremes)
            {
                var url = "/" + Parameter().Replace(template.TrimStart('/'), Uri.EscapeDataString(value));
                foreach (var (role, client) in subjects.Callers)
                {
                    var response = await client.GetAsync(url);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"GET {url} as {role}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("/Journal/Entry/9999-12-31")]
    [InlineData("/Journal/Entry/0001-01-01")]
    [InlineData("/Journal?month=9999-12")]
    [InlineData("/Journal?month=0001-01")]
    [InlineData("/Journal?month=9999-13")]
    [InlineData("/Journal/Delete/9999-12-31")]
    public async Task Dates_out_of_the_calendars_range_are_not_found_not_500(string url)
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);

        var response = await client.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.OK or HttpStatusCode.BadRequest, $"GET {url}: {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("x")]
    public async Task Remember_me_typed_as_a_word_is_not_a_server_error(string value)
    {
        var email = Accounts.NewEmail();
        var client = factory.CreateBrowser();
        var page = await HtmlPage.GetOkAsync(client, "/Identity/Account/Login");

        var token = page.Find("form#account input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent([
            new("__RequestVerificationToken", token), new("Input.Email", email), new("Input.Password", "wrong password 123"), new("Input.RememberMe", value)]);

        var answer = await client.PostAsync("/Identity/Account/Login", form);

        Assert.True((int)answer.StatusCode < 500, $"Login with RememberMe={value}: {(int)answer.StatusCode}");
    }

    [Fact]
    public async Task A_flare_box_posted_as_1_is_not_a_server_error_and_saves_nothing_half_way()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-20");
        var token = page.Find("#entry-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Pain", "3"), new("Input.FlareStarted", "1")]);

        var answer = await client.PostAsync("/Journal/Entry/2026-11-20", form);

        Assert.True((int)answer.StatusCode < 500, $"FlareStarted=1: {(int)answer.StatusCode}");
        if (answer.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Empty(await Journal.JournalCsvClient.SnapshotAsync(factory, email));
        }
    }

    /// <summary>Each caller with a token it got from a page of its own, as a browser would have it.</summary>
    private static async Task<IReadOnlyList<(string Role, HttpClient Client, string Token)>> WithTokensAsync(AppSubjects subjects)
    {
        var callers = new List<(string, HttpClient, string)>();
        foreach (var (role, client) in subjects.Callers)
        {
            string? token = null;
            foreach (var url in new[] { "/Journal/Entry", "/Clinician/Link", "/Admin/Invite", "/Identity/Account/Login" })
            {
                var page = await HtmlPage.GetAsync(client, url);
                token = page.Find("input[name=__RequestVerificationToken]")?.GetAttribute("value");
                if (page.Status == HttpStatusCode.OK && token is not null)
                {
                    break;
                }
            }

            callers.Add((role, client, token ?? throw new InvalidOperationException($"No page gave {role} an antiforgery token.")));
        }

        return callers;
    }

    [GeneratedRegex(@"\{\**\w+(:[^}?]*)?\??\}")]
    private static partial Regex Parameter();
}
