using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Healactively.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WeeklyEmailAndSeenNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SeenAt",
                table: "ClinicianNotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WeeklyEmailDay",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WeeklyEmailLastWeek",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "WeeklyEmailTime",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClinicianNotes_PatientId_SeenAt",
                table: "ClinicianNotes",
                columns: new[] { "PatientId", "SeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_WeeklyEmailLastWeek_WeeklyEmailDay",
                table: "AspNetUsers",
                columns: new[] { "WeeklyEmailLastWeek", "WeeklyEmailDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClinicianNotes_PatientId_SeenAt",
                table: "ClinicianNotes");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_WeeklyEmailLastWeek_WeeklyEmailDay",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SeenAt",
                table: "ClinicianNotes");

            migrationBuilder.DropColumn(
                name: "WeeklyEmailDay",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "WeeklyEmailLastWeek",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "WeeklyEmailTime",
                table: "AspNetUsers");
        }
    }
}
