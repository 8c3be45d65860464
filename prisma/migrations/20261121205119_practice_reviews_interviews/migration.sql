-- AlterTable
ALTER TABLE "mock_interviews" ADD COLUMN     "current_phase" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "ended_at" TIMESTAMP(3),
ADD COLUMN     "paused_seconds" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "timer_paused_at" TIMESTAMP(3),
ADD COLUMN     "timer_started_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "practice_sessions" ADD COLUMN     "phase_started_at" TIMESTAMP(3),
ADD COLUMN     "time_limit_seconds" INTEGER;

-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "assigned_by_id" TEXT;

-- CreateTable
CREATE TABLE "problem_reveals" (
    "user_id" TEXT NOT NULL,
    "problem_slug" TEXT NOT NULL,
    "revealed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "problem_reveals_pkey" PRIMARY KEY ("user_id","problem_slug")
);

-- AddForeignKey
ALTER TABLE "problem_reveals" ADD CONSTRAINT "problem_reveals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
