using Healactively.Web.Features.Backups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Admin;

/// <summary>Take an online backup of the database (SQLite) and see the backups already taken.</summary>
public sealed class BackupModel(DatabaseBackup backup) : PageModel
{
    /// <summary>The admin ticks this to confirm: a backup copies every patient's journal to a file on the server.</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    public bool IsSupported { get; private set; }

    public string Folder { get; private set; } = string.Empty;

    public IReadOnlyList<BackupFile> Backups { get; private set; } = [];

    /// <summary>The backup this admin just took (after the redirect), if it is in the folder.</summary>
    public BackupFile? Created { get; private set; }

    public string? Problem { get; private set; }

    public IActionResult OnGet(string? created)
    {
        Load();
        Created = created is null ? null : Backups.FirstOrDefault(b => b.Name == created);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Load();
        if (!IsSupported)
        {
            return Page();
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Tick the box to confirm that you want to write a backup file.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            var file = await backup.CreateAsync(cancellationToken: HttpContext.RequestAborted);
            return RedirectToPage(new { created = file.Name });
        }
        catch (IOException exception)
        {
            Problem = $"No backup was written: {exception.Message}";
            Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Page();
        }
    }

    private void Load()
    {
        IsSupported = backup.IsSupported;
        Folder = backup.Folder;
        Backups = IsSupported ? backup.List() : [];
    }
}
