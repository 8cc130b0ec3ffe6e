using System.Net;
using Healactively.Web.Tests.Admin;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Profile;

/// <summary>In the minute before a deleted account's other sessions are checked again, they lead to sign-in, never to an error.</summary>
public sealed class DeletedAccountSessionTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Theory]
    [InlineData("/Home")]
    [InlineData("/Journal/Entry")]
    [InlineData("/Progress")]
    public async Task Another_device_of_a_deleted_account_is_sent_to_sign_in_at_once(string page)
    {
        var (phone, email) = await Accounts.RegisterPatientAsync(factory);
        var laptop = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(laptop, email)).Status);

        var delete = await HtmlPage.GetOkAsync(phone, "/Profile/Delete");
        var deleted = await delete.SubmitAsync(phone, "#delete-account-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmEmail"] = email,
        });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);

        AdminSteps.AssertSignedOut(await HtmlPage.GetAsync(laptop, page));
    }
}
