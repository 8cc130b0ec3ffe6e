using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Healactively.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FlareDaysIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_FlareDays",
                table: "JournalEntries",
                columns: new[] { "PatientId", "Date" },
                filter: "\"Flare\" <> 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_FlareDays",
                table: "JournalEntries");
        }
    }
}
