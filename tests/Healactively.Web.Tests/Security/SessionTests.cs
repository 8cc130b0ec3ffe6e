using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Security;

/// <summary>Sessions end after 30 idle minutes, 12 hours after sign-in, and everywhere on sign-out or a new password.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task Signing_out_ends_a_copied_session_within_a_minute()
    {
        using var factory = new HealactivelyFactory();
        var (browser, email) = await Accounts.RegisterPatientAsync(factory);
        var copy = SecuritySteps.ClientWithCookie(factory, await SecuritySteps.SignInAndCopyCookieAsync(browser, email));
        Assert.True(await SecuritySteps.IsSignedInAsync(copy));

        await SecuritySteps.SignOutAsync(browser);
        factory.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.False(await SecuritySteps.IsSignedInAsync(copy));
        Assert.False(await SecuritySteps.IsSignedInAsync(browser));
    }

    [Fact]
    public async Task A_new_password_ends_other_sessions_but_keeps_this_one()
    {
        using var factory = new HealactivelyFactory();
        var (browser, email) = await Accounts.RegisterPatientAsync(factory);
        var copy = SecuritySteps.ClientWithCookie(factory, await SecuritySteps.SignInAndCopyCookieAsync(browser, email));
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await SecuritySteps.IsSignedInAsync(copy));

        var changed = await SecuritySteps.ChangePasswordAsync(browser, Accounts.Password, "a different and long sentence");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, changed.Status);
        factory.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.False(await SecuritySteps.IsSignedInAsync(copy));
        Assert.True(await SecuritySteps.IsSignedInAsync(browser));
    }

    /// <summary>
    /// Patient pages read the profile once per request and check the session's security stamp in that same read, so
    /// a copied cookie stops working there at once (other pages keep Identity's one-minute check).
    /// </summary>
    [Theory]
    [InlineData("sign out")]
    [InlineData("new password")]
    public async Task A_copied_session_is_refused_on_patient_pages_at_once_after_sign_out_or_a_new_password(string how)
    {
        using var factory = new HealactivelyFactory();
        var (browser, email) = await Accounts.RegisterPatientAsync(factory);
        var copy = SecuritySteps.ClientWithCookie(factory, await SecuritySteps.SignInAndCopyCookieAsync(browser, email));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await copy.GetAsync(new Uri("/Home", UriKind.Relative))).StatusCode);

        if (how == "sign out")
        {
            await SecuritySteps.SignOutAsync(browser);
        }
        else
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await SecuritySteps.ChangePasswordAsync(browser, Accounts.Password, "a different and long sentence")).Status);
            Assert.True(await SecuritySteps.IsSignedInAsync(browser), "The session that changed the password goes on.");
        }

        using var refused = await copy.GetAsync(new Uri("/Home", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", refused.Headers.Location!.IsAbsoluteUri ? refused.Headers.Location.PathAndQuery : refused.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Contains(refused.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SecuritySteps.SessionCookie + "=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Thirty_one_idle_minutes_sign_you_out_but_twenty_nine_do_not()
    {
        using var factory = new HealactivelyFactory();
        var (browser, _) = await Accounts.RegisterPatientAsync(factory);

        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.True(await SecuritySteps.IsSignedInAsync(browser));

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.False(await SecuritySteps.IsSignedInAsync(browser));
    }

    [Fact]
    public async Task Staying_active_keeps_a_session_for_twelve_hours_and_no_longer()
    {
        using var factory = new HealactivelyFactory();
        var (browser, _) = await Accounts.RegisterPatientAsync(factory);
        var signedInAt = factory.Clock.GetUtcNow();

        while (factory.Clock.GetUtcNow() - signedInAt < TimeSpan.FromHours(12) - TimeSpan.FromMinutes(20))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.True(await SecuritySteps.IsSignedInAsync(browser), $"Signed out after {factory.Clock.GetUtcNow() - signedInAt}");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.False(await SecuritySteps.IsSignedInAsync(browser));
    }

    [Fact]
    public async Task Disabling_an_account_with_a_new_security_stamp_ends_its_sessions()
    {
        using var factory = new HealactivelyFactory();
        var (browser, email) = await Accounts.RegisterPatientAsync(factory);

        // What an admin's "disable" must do: lock the account and renew its stamp.
        await WithUserAsync(factory, email, async (users, user) =>
        {
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
        });

        // At once on patient pages (the stamp is checked with the profile), within a minute elsewhere.
        Assert.False(await SecuritySteps.IsSignedInAsync(browser));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Accounts.SignInAsync(browser, email)).Status);
        Assert.False(await SecuritySteps.IsSignedInAsync(browser));
    }

    [Fact]
    public async Task Deleting_an_account_ends_its_sessions_within_a_minute()
    {
        using var factory = new HealactivelyFactory();
        var (browser, email) = await Accounts.RegisterPatientAsync(factory);

        await WithUserAsync(factory, email, async (users, user) => await users.DeleteAsync(user));
        factory.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.False(await SecuritySteps.IsSignedInAsync(browser));
    }

    private static async Task WithUserAsync(HealactivelyFactory factory, string email, Func<UserManager<ApplicationUser>, ApplicationUser, Task> change)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await change(users, (await users.FindByEmailAsync(email))!);
    }
}
