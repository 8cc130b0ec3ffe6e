using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Shows new recovery codes once, with a text-file download and a print button.</summary>
public sealed partial class ShowRecoveryCodesModel : PageModel
{
    public const string TempDataKey = "RecoveryCodes";

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (TempData[TempDataKey] is not string[] { Length: > 0 } codes)
        {
            return RedirectToPage("./TwoFactorAuthentication");
        }

        Codes = codes;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>The codes on the page, posted back, as a text file (nothing is looked up: they are shown only once).</summary>
    public IActionResult OnPostDownload(string[] codes)
    {
        var valid = codes.Where(c => RecoveryCodeShape().IsMatch(c)).Take(EnableAuthenticatorModel.RecoveryCodeCount).ToList();
        if (valid.Count == 0)
        {
            return RedirectToPage("./TwoFactorAuthentication");
        }

        var text = new StringBuilder()
            .AppendLine("Healactively recovery codes")
            .AppendLine("Each code lets you sign in once without your authenticator app. Keep them somewhere safe.")
            .AppendLine();
        valid.ForEach(c => text.AppendLine(c));
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8", "healactively-recovery-codes.txt");
    }

    [GeneratedRegex("^[A-Z0-9]{1,10}-?[A-Z0-9]{1,10}$")]
    private static partial Regex RecoveryCodeShape();
}
