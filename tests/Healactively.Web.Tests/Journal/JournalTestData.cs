using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Journal;

/// <summary>Reads what was really stored, to prove a save (or a refusal) from the database itself.</summary>
internal static class JournalTestData
{
    public static List<JournalEntryRecord> Entries(HealactivelyFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.JournalEntries.AsNoTracking()
            .Include(e => e.CustomValues)
            .Where(e => db.Users.Any(u => u.Id == e.PatientId && u.Email == email))
            .OrderBy(e => e.Date)
            .ToList();
    }
}
