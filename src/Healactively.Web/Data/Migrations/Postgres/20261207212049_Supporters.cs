using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Healactively.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Supporters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SupporterInvitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatientId = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subjects = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ShareWeekSummary = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupporterInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupporterInvitations_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupporterLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatientId = table.Column<string>(type: "text", nullable: false),
                    SupporterId = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Subjects = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ShareWeekSummary = table.Column<bool>(type: "boolean", nullable: false),
                    DigestEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    DigestUnsubscribedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DigestLastWeek = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    CheersMuted = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupporterLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupporterLinks_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SupporterLinks_AspNetUsers_SupporterId",
                        column: x => x.SupporterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Cheers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SupporterLinkId = table.Column<long>(type: "bigint", nullable: false),
                    PatientId = table.Column<string>(type: "text", nullable: false),
                    SupporterId = table.Column<string>(type: "text", nullable: false),
                    MomentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    MomentSubject = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Reaction = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cheers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cheers_SupporterLinks_SupporterLinkId",
                        column: x => x.SupporterLinkId,
                        principalTable: "SupporterLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cheers_PatientId_MomentDate",
                table: "Cheers",
                columns: new[] { "PatientId", "MomentDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheers_SupporterLinkId_CreatedAt",
                table: "Cheers",
                columns: new[] { "SupporterLinkId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupporterInvitations_PatientId",
                table: "SupporterInvitations",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_SupporterInvitations_TokenHash",
                table: "SupporterInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupporterLinks_PatientId",
                table: "SupporterLinks",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_SupporterLinks_SupporterId_PatientId",
                table: "SupporterLinks",
                columns: new[] { "SupporterId", "PatientId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Cheers");

            migrationBuilder.DropTable(
                name: "SupporterInvitations");

            migrationBuilder.DropTable(
                name: "SupporterLinks");
        }
    }
}
