using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Healactively.Web.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WeeklyEmailDay",
                table: "AspNetUsers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WeeklyEmailLastWeek",
                table: "AspNetUsers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "WeeklyEmailTime",
                table: "AspNetUsers",
                type: "time without time zone",
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
