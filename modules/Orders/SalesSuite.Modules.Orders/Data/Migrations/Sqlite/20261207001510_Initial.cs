using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "orders_Currencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BaseCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    UnpaidReminderDays = table.Column<int>(type: "INTEGER", nullable: false),
                    UnshippedReminderDays = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_Currencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_Inbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_Inbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_Orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TotalScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalInBaseScaled = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    RateToBase = table.Column<decimal>(type: "TEXT", precision: 20, scale: 10, nullable: true),
                    BaseCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_Orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_Products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitPriceScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TaxRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_Products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_Rates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 20, scale: 10, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_Rates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_Sequences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Next = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_Sequences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_Lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    QuantityScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPriceScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    Discount = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false),
                    TaxRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false),
                    Attributes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ShippedScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    NetInBaseScaled = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_Lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_Lines_orders_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_Payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_Payments_orders_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_Shipments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Quantities = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_Shipments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_Shipments_orders_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_Currencies_TenantId_Key",
                table: "orders_Currencies",
                columns: new[] { "TenantId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_Inbox_TenantId_MessageId_Handler",
                table: "orders_Inbox",
                columns: new[] { "TenantId", "MessageId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_Lines_OrderId",
                table: "orders_Lines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_Lines_TenantId_OrderId",
                table: "orders_Lines",
                columns: new[] { "TenantId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_Orders_TenantId_ConfirmedOn",
                table: "orders_Orders",
                columns: new[] { "TenantId", "ConfirmedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_Orders_TenantId_CustomerId",
                table: "orders_Orders",
                columns: new[] { "TenantId", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_Orders_TenantId_Number",
                table: "orders_Orders",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_Orders_TenantId_OwnerId_Status",
                table: "orders_Orders",
                columns: new[] { "TenantId", "OwnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_Outbox_TenantId_ProcessedAt_OccurredAt",
                table: "orders_Outbox",
                columns: new[] { "TenantId", "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_Payments_OrderId",
                table: "orders_Payments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_Payments_TenantId_OrderId",
                table: "orders_Payments",
                columns: new[] { "TenantId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_Products_TenantId_Sku",
                table: "orders_Products",
                columns: new[] { "TenantId", "Sku" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_Rates_TenantId_Currency_Date",
                table: "orders_Rates",
                columns: new[] { "TenantId", "Currency", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_Sequences_TenantId_Name",
                table: "orders_Sequences",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_Shipments_OrderId",
                table: "orders_Shipments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_Shipments_TenantId_OrderId",
                table: "orders_Shipments",
                columns: new[] { "TenantId", "OrderId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_Currencies");

            migrationBuilder.DropTable(
                name: "orders_Inbox");

            migrationBuilder.DropTable(
                name: "orders_Lines");

            migrationBuilder.DropTable(
                name: "orders_Outbox");

            migrationBuilder.DropTable(
                name: "orders_Payments");

            migrationBuilder.DropTable(
                name: "orders_Products");

            migrationBuilder.DropTable(
                name: "orders_Rates");

            migrationBuilder.DropTable(
                name: "orders_Sequences");

            migrationBuilder.DropTable(
                name: "orders_Shipments");

            migrationBuilder.DropTable(
                name: "orders_Orders");
        }
    }
}
