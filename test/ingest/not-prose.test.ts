import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { notProse } from '../../src/ingest/not-prose';
import { onlyAddresses } from '../../src/ingest/only-addresses';
import { captureIo } from '../support/capture-io';
import { FLYNN_SAMPLE, makeTestApp } from '../support/make-test-app';

/** 1.5 MB of varied bytes as one base64 run (2 MB of text), as an attachment pasted by mistake. */
const BLOB = Buffer.from(Array.from({ length: 1_500_000 }, (_, i) => (i * 7919) % 256)).toString('base64');
/** The same encoding wrapped at 76 columns, as e-mail and `base64` print it: no long run, no words. */
const WRAPPED = BLOB.slice(0, 20_000).replace(/(.{76})/g, '$1\n');
const FIGURES = Array.from({ length: 120 }, (_, i) => `${2001 + i},${(i * 3.5).toFixed(1)},${i * i},-${i % 7}`).join(
  '\n',
);
/** News paragraphs in scripts written without spaces between words (written for this test). */
const CHINESE =
  '本报讯受连日强降雨影响，南方多个城市昨日出现严重内涝，部分地区交通一度中断，数万居民的日常出行受到影响。据市气象台介绍，从前天傍晚开始，全市普降暴雨，中心城区在二十四小时内的平均降雨量超过两百毫米，打破了有气象记录以来的同期纪录。市防汛指挥部当晚启动了一级应急响应，要求各区立即组织人员排查低洼地段、地下车库和老旧小区，并在必要时转移受威胁的群众。截至昨天下午五点，全市共转移安置群众一万两千余人，开放临时避难场所四十六处，没有接到人员伤亡的报告。记者昨天上午在城东的几条主干道上看到，积水最深处已经没过车轮，不少私家车被迫停在路边，交警在路口设置了警示标志，引导车辆绕行。一位在附近超市工作的女士告诉记者，她早上六点出门，原本二十分钟的路程走了将近两个小时，最后只能蹚水走到店里。地铁公司也发布消息说，为保障乘客安全，两条线路的部分站点暂停运营，其余线路的发车间隔有所延长，请市民合理安排出行时间。市水务局的负责人在下午举行的新闻发布会上表示，排水系统目前满负荷运转，全市所有泵站均已开启，抢险队伍正在重点区域连续作业，预计积水将在今晚之前基本退去。他同时承认，部分老城区的排水管网建设年代较早，设计标准偏低，遇到极端天气时容易出现排水不畅的问题，这也是近年来城市更新工作中需要重点解决的难题。他说，今年计划改造的管网长度超过一百公里，其中一半以上位于易涝地区，相关工程将在汛期结束后加快推进。教育部门宣布，全市中小学和幼儿园今天停课一天，各校将通过网络平台布置学习任务，家长无需送孩子到校。多家企业也允许员工在家办公，以减少路面上的人流和车流。气象专家提醒，受副热带高压位置变化的影响，未来三天本地仍有中到大雨，局部地区可能出现短时强降水，并伴有雷电和大风天气，山区要特别防范山洪和地质灾害。专家建议市民尽量减少不必要的外出，不要在积水路段强行通过，也不要靠近广告牌、临时搭建物和高压电线。社区工作人员和志愿者昨天挨家挨户走访独居老人和行动不便的居民，为他们送去饮用水、食品和常用药品。一位七十多岁的老人说，住了四十年，很少见到这么大的雨，好在社区的人一早就来敲门，帮他把家里的电器搬到了高处。市政府表示，将在雨停后对受灾情况进行全面评估，对受损的道路、桥梁和公共设施尽快组织修复，并研究对受灾商户和家庭的补助办法。市民如发现险情，可拨打防汛热线电话报告，相关部门将在接到报告后第一时间派人到场处置。';
const JAPANESE =
  '市の図書館は来月から日曜日も開館すると、市の教育委員会が昨日発表した。これまで日曜日は休館していたが、利用者からの要望が多く、特に平日に来られない会社員や学生の声を受けて決めたという。開館時間は午前十時から午後五時までで、職員の増員は行わず、ボランティアの協力を得て運営する。教育長は記者会見で「図書館はまちの大切な居場所であり、できるだけ多くの人に使ってもらいたい」と述べた。一方、職員の労働組合は、負担が増えることへの懸念を示しており、来週にも市と話し合いを行う予定だ。';
const THAI =
  'กรมอุตุนิยมวิทยาประกาศเตือนว่าจะมีฝนตกหนักถึงหนักมากในหลายจังหวัดทางภาคเหนือและภาคตะวันออกเฉียงเหนือตลอดสัปดาห์นี้ ประชาชนที่อาศัยอยู่ใกล้แม่น้ำและพื้นที่ลาดเชิงเขาควรระวังน้ำท่วมฉับพลันและน้ำป่าไหลหลาก เจ้าหน้าที่ท้องถิ่นได้เตรียมเรือและถุงทรายไว้แล้วในหลายอำเภอ ผู้ว่าราชการจังหวัดกล่าวว่าได้สั่งให้โรงเรียนที่อยู่ในพื้นที่เสี่ยงปิดการเรียนการสอนชั่วคราว และขอให้ประชาชนติดตามข่าวสารจากทางราชการอย่างใกล้ชิด';
/** A council advice item that is mostly a list of long addresses (written for this test). */
const LINKS = [
  'Storm advice: where to get help.',
  'Sandbags: https://www.example-council.gov.uk/environment/flooding/sandbags-and-flood-protection-for-residents?campaign=storm-advice-2026',
  'Report a blocked drain: https://www.example-council.gov.uk/roads-and-transport/report-a-problem/blocked-drains-and-gullies/online-form?ref=storm',
  'Power cuts: https://www.example-network-operator.co.uk/power-cuts/check-a-power-cut-in-your-area-and-register-for-priority-services',
  '<https://www.example-council.gov.uk/council-tax/discounts-and-exemptions/flood-damaged-properties-relief-application-form|Council tax relief>',
].join('\n');

describe('notProse', () => {
  it('names what is wrong with encoded data and tables of figures', () => {
    expect(notProse(BLOB)).toMatch(/one unbroken run of 2,000,000 characters/);
    expect(notProse(WRAPPED)).toMatch(/only 0% of it is ordinary words/);
    expect(notProse(FIGURES)).toMatch(/only \d+% of it is ordinary words/);
    // A long address inside real prose is not a blob: the run must be most of the text.
    const prose = readFileSync(FLYNN_SAMPLE, 'utf8');
    expect(notProse(`${prose} https://example.org/${'a'.repeat(1200)}`)).toBeUndefined();
  });

  it('accepts copy in scripts written without spaces, and still refuses base64 wrapped or not', () => {
    expect(CHINESE.length).toBeGreaterThan(1000);
    expect(notProse(CHINESE)).toBeUndefined();
    expect(notProse(JAPANESE)).toBeUndefined();
    expect(notProse(THAI)).toBeUndefined();
    expect(notProse(BLOB)).toMatch(/one unbroken run/);
    expect(notProse(WRAPPED)).toMatch(/only 0% of it is ordinary words/);
  });

  it('leaves web addresses out of the count, so a list of useful links is prose', () => {
    expect(notProse(LINKS)).toBeUndefined();
    // Addresses do not hide data: the wrapped base64 with a link on top is still refused.
    expect(notProse(`See https://example.org/attachment for the original.\n${WRAPPED}`)).toMatch(/only 0% of it/);
  });

  const roots = ['bbc/article', 'polnear/article'].map((d) => join(DEFAULT_EVAL_DIR, d));
  it.runIf(roots.every(existsSync))(
    'refuses none of the BBC and PolNeAR articles, as data or as only addresses',
    () => {
      const refused: string[] = [];
      let read = 0;
      for (const file of roots.flatMap(filesUnder)) {
        read++;
        const text = readFileSync(file, 'utf8');
        const why = notProse(text) ?? onlyAddresses(text);
        if (why) refused.push(`${file}: ${why}`);
      }
      expect(read).toBeGreaterThan(1000);
      expect(refused).toEqual([]);
    },
  );
});

describe('refusing data on ingest', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-not-prose-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('chat add says why and stores nothing', async () => {
    const t = await makeTestApp({ dbPath: join(dir, 'chat.db') });
    try {
      const added = await t.app.addArticle(WRAPPED, 'U1');
      expect(added.ok).toBe(false);
      expect(added.message).toMatch(/^Not added: only 0% of it is ordinary words; it looks like data/);
      expect(await t.store.articles.count()).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('the CLI ingest lists the file as failed with the reason and stores nothing', async () => {
    writeFileSync(join(dir, 'attachment.txt'), BLOB);
    const io = captureIo({ NEWSBRIEF_DB: join(dir, 'cli.db') });
    const code = await runCli(['ingest', join(dir, 'attachment.txt')], io);
    expect(code).not.toBe(0);
    expect(io.out()).toContain('not an article: it is mostly one unbroken run of 2,000,000 characters');
    expect(io.out()).toContain('0 added or updated');
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
