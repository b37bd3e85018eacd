import { describe, expect, it } from 'vitest';
import { hostEvidence, hostOf, registrableDomain } from './domains';

describe('registrableDomain', () => {
  it('handles Chinese two-label suffixes', () => {
    expect(registrableDomain('www.dcf.gov.cn')).toBe('dcf.gov.cn');
    expect(registrableDomain('news.sina.com.cn')).toBe('sina.com.cn');
    expect(registrableDomain('www.lcxw.cn')).toBe('lcxw.cn');
    expect(registrableDomain('a.b.example.com')).toBe('example.com');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('hostEvidence', () => {
  const site = 'lcxw.cn';
  it('gives nothing to on-site and government hosts, which do not count as off-site', () => {
    expect(hostEvidence('www.lcxw.cn', site)).toMatchObject({ score: 0, offsite: false });
    expect(hostEvidence('www.liaocheng.gov.cn', site)).toMatchObject({ score: 0, offsite: false });
    expect(hostEvidence('www.dicj.gov.mo', 'gcs.gov.mo')).toMatchObject({ score: 0, offsite: false });
    expect(hostEvidence('www.people.com.cn', site)).toMatchObject({ score: 0, offsite: true });
    expect(hostEvidence('www.people.com.cn', site).score).toBe(0);
  });
  it('scores cheap TLDs, random names and gambling tokens', () => {
    expect(hostEvidence('www.7tb3x.xyz', site).score).toBe(3);
    expect(hostEvidence('amjs8866.com', site).score).toBe(1);
    expect(hostEvidence('www.pujing-casino.com', site).score).toBe(2);
    expect(hostEvidence('abc.top', site).score).toBe(2);
    expect(hostEvidence('k3x9w.hnszyjx.com', site).score).toBe(1);
    expect(hostEvidence('news.sina.com.cn', site).score).toBe(0);
    for (const h of ['www.163.com', 'www.360.cn', 'www.58.com', 'www.12377.cn']) expect(hostEvidence(h, site).score, h).toBe(0);
  });
});

describe('hostOf', () => {
  it('reads hosts of absolute and protocol-relative URLs, the site for relative ones', () => {
    expect(hostOf('http://WWW.Example.com:8080/a', 'x.cn')).toBe('www.example.com');
    expect(hostOf('//cdn.example.com/a', 'x.cn')).toBe('cdn.example.com');
    expect(hostOf('/news/1.html', 'x.cn')).toBe('x.cn');
    expect(hostOf('javascript:void(0)', 'x.cn')).toBe('');
    expect(hostOf('mailto:a@b.cn', 'x.cn')).toBe('');
  });

  it("reads a redirect's target from its parameter: written out, percent-encoded or in base64", () => {
    expect(hostOf('/go.php?url=http%3A%2F%2Fwww.js2828vip.com%2Freg', 'x.cn')).toBe('www.js2828vip.com');
    expect(hostOf(`/link?from=1&u=${btoa('https://pj.hg0088.xyz/?a=1')}`, 'x.cn')).toBe('pj.hg0088.xyz');
    expect(hostOf('https://www.google.com/url?q=https://www.k8v2q.top/a&sa=U', 'x.cn')).toBe('www.k8v2q.top');
    expect(hostOf('/go.php?url=http://www.sz.gov.cn/', 'x.cn')).toBe('www.sz.gov.cn');
    // (a parameter that is no URL: the link's own host)
    expect(hostOf('/search.php?q=http%3', 'x.cn')).toBe('x.cn');
    expect(hostOf('http://www.x.cn/list?page=2&type=https', 'x.cn')).toBe('www.x.cn');
  });
});
