using System.Buffers.Binary;
using System.Net;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Tests.Security;

/// <summary>Common passwords are refused everywhere a password is chosen; hashes are strong and get stronger at sign-in.</summary>
public sealed class PasswordPolicyTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string CommonMessage = "This password is too easy to guess: it is on a list of common passwords. Try a short sentence only you would think of.";

    [Theory]
    [InlineData("password1234")]
    [InlineData("Unbelievable")]
    [InlineData("QWERTYQWERTY")]
    [InlineData("abcabcabcabc")]
    public async Task Registration_refuses_a_common_password_beside_the_field(string password)
    {
        var client = factory.CreateBrowser();
        var email = Accounts.NewEmail();
        var page = await HtmlPage.GetOkAsync(client, "/Identity/Account/Register");
        var result = await page.SubmitAsync(client, "#register-form", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = "Sam",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
            ["Input.TimeZoneId"] = "Europe/London",
            ["Input.DistanceUnit"] = "Kilometres",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(CommonMessage, result.ValidationMessageFor("Input.Password"));
        using var scope = factory.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email));
    }

    [Fact]
    public async Task Changing_to_a_common_password_is_refused_and_the_old_one_still_works()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);

        var refused = await SecuritySteps.ChangePasswordAsync(client, Accounts.Password, "iloveyou1234");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(CommonMessage, refused.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), email)).Status);
    }

    [Fact]
    public async Task Resetting_to_a_common_password_is_refused()
    {
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        string code, userId;
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            userId = user.Id;
            code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        }

        var client = factory.CreateBrowser();
        var page = await HtmlPage.GetOkAsync(client, $"/Identity/Account/ResetPassword?userId={userId}&code={code}");
        var refused = await page.SubmitAsync(client, "#reset-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = "passwordpassword",
            ["Input.ConfirmPassword"] = "passwordpassword",
        });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(CommonMessage, refused.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), email)).Status);
    }

    [Fact]
    public async Task A_new_password_is_stored_with_at_least_210000_PBKDF2_iterations()
    {
        var (_, email) = await Accounts.RegisterPatientAsync(factory);

        Assert.True(IterationCount(StoredHash(email)) >= 210_000);
    }

    [Fact]
    public async Task An_older_100000_iteration_hash_is_upgraded_when_its_owner_signs_in()
    {
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            var oldHasher = new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
            user.PasswordHash = oldHasher.HashPassword(user, Accounts.Password);
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        Assert.Equal(100_000, IterationCount(StoredHash(email)));

        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), email)).Status);
        Assert.True(IterationCount(StoredHash(email)) >= 210_000);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), email)).Status);
    }

    /// <summary>
    /// A locked account is answered exactly like an unknown email (no lockout page that only real accounts get); the
    /// message tells everyone that repeated failures pause an account.
    /// </summary>
    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_one_is_refused_with_the_answer_an_unknown_email_gets()
    {
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        var client = factory.CreateBrowser();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await Accounts.SignInAsync(client, email, "not the right password at all");
            Assert.True(wrong.Status == HttpStatusCode.OK, $"Attempt {attempt} answered {(int)wrong.Status}");
            Assert.Contains("That email and password do not match an account.", wrong.Text, StringComparison.Ordinal);
        }

        var sixth = await Accounts.SignInAsync(client, email);
        var unknown = await Accounts.SignInAsync(factory.CreateBrowser(), Accounts.NewEmail("nobody"), Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, sixth.Status);
        Assert.Equal(unknown.Status, sixth.Status);
        Assert.Equal(unknown.Find(".alert-danger")!.TextContent.Trim(), sixth.Find(".alert-danger")!.TextContent.Trim());
        Assert.Contains("paused for 15 minutes", sixth.Text, StringComparison.Ordinal);
        Assert.Null(sixth.Response.Headers.Location);
        Assert.False(await SecuritySteps.IsSignedInAsync(client));
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_as_a_wrong_password()
    {
        var (_, email) = await Accounts.RegisterPatientAsync(factory);

        var wrongPassword = await Accounts.SignInAsync(factory.CreateBrowser(), email, "not the right password at all");
        var unknownEmail = await Accounts.SignInAsync(factory.CreateBrowser(), Accounts.NewEmail("nobody"), "not the right password at all");

        Assert.Equal(HttpStatusCode.OK, unknownEmail.Status);
        Assert.Equal(wrongPassword.Find(".alert-danger")!.TextContent.Trim(), unknownEmail.Find(".alert-danger")!.TextContent.Trim());
    }

    private string StoredHash(string email)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<Healactively.Web.Data.AppDbContext>().Users.Single(u => u.Email == email).PasswordHash!;
    }

    /// <summary>Identity's V3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.</summary>
    private static int IterationCount(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }
}
