using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Healactively.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DailyReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReminderLastSentOn",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "ReminderTime",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ReminderLastSentOn_ReminderTime",
                table: "AspNetUsers",
                columns: new[] { "ReminderLastSentOn", "ReminderTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_ReminderLastSentOn_ReminderTime",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ReminderLastSentOn",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ReminderTime",
                table: "AspNetUsers");
        }
    }
}
