using System.Diagnostics;
using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Operator;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

#pragma warning disable CA1716 // Mirrors the folder and Healactively.Web.Operator; no other language consumes the tests.
namespace Healactively.Web.Tests.Operator;
#pragma warning restore CA1716

/// <summary><c>users create</c> against the real services (and once as the real executable).</summary>
public sealed class OperatorCliTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string GoodPassword = "correct horse battery staple";

    [Fact]
    public async Task Create_makes_an_account_in_the_role_that_can_sign_in_at_once()
    {
        var email = NewEmail("amara");

        var run = await RunAsync(GoodPassword + "\n", "users", "create", "--email", email, "--role", "clinician", "--display-name", "Dr. Amara Osei", "--time-zone", "Europe/London");

        Assert.Equal(OperatorExitCodes.Success, run.ExitCode);
        Assert.Equal($"Created clinician account for {email}.", run.Output.Trim());
        Assert.Equal(string.Empty, run.Error);
        var user = await FindUserAsync(email);
        Assert.NotNull(user);
        Assert.True(user.EmailConfirmed);
        Assert.Equal(email, user.UserName);
        Assert.Equal("Dr. Amara Osei", user.DisplayName);
        Assert.Equal("Europe/London", user.TimeZoneId);
        Assert.Equal([Roles.Clinician], await RolesOfAsync(user));

        var browser = factory.CreateBrowser();
        var login = await HtmlPage.GetOkAsync(browser, "/Identity/Account/Login");
        var signedIn = await login.SubmitAsync(browser, "form#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = GoodPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/", signedIn.Response.Headers.Location?.OriginalString);

        var manage = await HtmlPage.GetAsync(browser, "/Identity/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, manage.Status);
        Assert.Contains(email, manage.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_defaults_the_display_name_to_the_start_of_the_email_and_the_zone_to_UTC()
    {
        var email = NewEmail("leo.patient");

        var run = await RunAsync(GoodPassword + "\r\n", "users", "create", "--email=" + email, "--role", "Patient");

        Assert.Equal(OperatorExitCodes.Success, run.ExitCode);
        Assert.Equal($"Created patient account for {email}.", run.Output.Trim());
        var user = await FindUserAsync(email);
        Assert.NotNull(user);
        Assert.Equal(email[..email.IndexOf('@', StringComparison.Ordinal)], user.DisplayName);
        Assert.Equal("UTC", user.TimeZoneId);
        Assert.Equal([Roles.Patient], await RolesOfAsync(user));

        // Only the line break was removed: the password with its trailing \r would not match.
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await users.CheckPasswordAsync(user, GoodPassword));
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_refused_with_exit_3()
    {
        var email = NewEmail("twice");
        Assert.Equal(OperatorExitCodes.Success, (await RunAsync(GoodPassword + "\n", "users", "create", "--email", email, "--role", "admin")).ExitCode);

        var other = "another long passphrase";
        var run = await RunAsync(other + "\n", "users", "create", "--email", email.ToUpperInvariant(), "--role", "patient");

        Assert.Equal(OperatorExitCodes.DuplicateEmail, run.ExitCode);
        Assert.Contains(email, run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("already exists", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain(other, run.Error + run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        var user = await FindUserAsync(email);
        Assert.Equal([Roles.Admin], await RolesOfAsync(user!));
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_exit_4_and_Identitys_reasons()
    {
        var email = NewEmail("weak");

        var run = await RunAsync("short\n", "users", "create", "--email", email, "--role", "patient");

        Assert.Equal(OperatorExitCodes.WeakPassword, run.ExitCode);
        Assert.Contains("at least 12 characters", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("short\n", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.Null(await FindUserAsync(email));
    }

    [Fact]
    public async Task An_unknown_role_is_a_usage_error_and_creates_nobody()
    {
        var email = NewEmail("role");

        var run = await RunAsync(GoodPassword + "\n", "users", "create", "--email", email, "--role", "doctor");

        Assert.Equal(OperatorExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown role 'doctor'", run.Error, StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(email));
    }

    [Fact]
    public async Task An_unknown_time_zone_is_a_usage_error_and_creates_nobody()
    {
        var email = NewEmail("zone");

        var run = await RunAsync(GoodPassword + "\n", "users", "create", "--email", email, "--role", "patient", "--time-zone", "Mars/Olympus_Mons");

        Assert.Equal(OperatorExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown time zone 'Mars/Olympus_Mons'", run.Error, StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(email));
    }

    [Theory]
    [InlineData("--email is required", "users", "create", "--role", "patient")]
    [InlineData("--role is required", "users", "create", "--email", "x@example.org")]
    [InlineData("unknown option '--password'", "users", "create", "--email", "x@example.org", "--role", "patient", "--password", "secret")]
    [InlineData("option '--email' needs a value", "users", "create", "--email", "--role", "patient")]
    [InlineData("not an email address", "users", "create", "--email", "not-an-email", "--role", "patient")]
    [InlineData("unknown command 'users delete'", "users", "delete")]
    [InlineData("needs a command", "users")]
    public async Task A_bad_command_line_is_a_usage_error(string expected, params string[] args)
    {
        var run = await RunAsync(GoodPassword + "\n", args);

        Assert.Equal(OperatorExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Theory]
    [InlineData("users", "--help")]
    [InlineData("users", "create", "--help")]
    public async Task Help_prints_the_usage_and_succeeds(params string[] args)
    {
        var run = await RunAsync(string.Empty, args);

        Assert.Equal(OperatorExitCodes.Success, run.ExitCode);
        Assert.Contains("users create --email EMAIL --role patient|clinician|admin", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task No_password_on_standard_input_is_a_usage_error()
    {
        var email = NewEmail("nopassword");

        var run = await RunAsync(string.Empty, "users", "create", "--email", email, "--role", "patient");

        Assert.Equal(OperatorExitCodes.Usage, run.ExitCode);
        Assert.Contains("no password", run.Error, StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(email));
    }

    [Fact]
    public async Task The_real_executable_creates_the_account_and_does_not_seed_demo_data()
    {
        var folder = Path.Combine(Path.GetTempPath(), "healactively-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "cli.db");
        try
        {
            var created = await RunExecutableAsync(database, GoodPassword + "\n", "users", "create", "--email", "ops@clinic.example", "--role", "admin");
            Assert.True(created.ExitCode == OperatorExitCodes.Success, created.Error);
            Assert.Contains("Created admin account for ops@clinic.example.", created.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(GoodPassword, created.Output + created.Error, StringComparison.Ordinal);

            var again = await RunExecutableAsync(database, GoodPassword + "\n", "users", "create", "--email", "ops@clinic.example", "--role", "admin");
            Assert.Equal(OperatorExitCodes.DuplicateEmail, again.ExitCode);
            Assert.Contains("error: an account with the email ops@clinic.example already exists.", again.Error, StringComparison.Ordinal);

            // Development seeds demo accounts when the server starts, never for an operator command.
            await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
            await connection.OpenAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM AspNetUsers";
            Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string NewEmail(string name) => $"{name}.{Guid.NewGuid():N}@clinic.example";

    private async Task<CliRun> RunAsync(string standardInput, params string[] args)
    {
        _ = factory.Server;
        using var input = new StringReader(standardInput);
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exitCode = await OperatorCli.RunAsync(factory.Services, args, input, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private async Task<ApplicationUser?> FindUserAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var normalized = email.ToUpperInvariant();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized);
    }

    private async Task<IList<string>> RolesOfAsync(ApplicationUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().GetRolesAsync(user);
    }

    /// <summary>Runs the built web executable as an operator would (<c>dotnet Healactively.Web.dll users …</c>) in Development.</summary>
    private static async Task<CliRun> RunExecutableAsync(string databasePath, string standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Healactively.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={databasePath}";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)); // generous: CI runs several test projects at once on 2 cores
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);
}
