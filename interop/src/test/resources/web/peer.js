// peer.js — the browser side of JPeer's Chromium tests.
//
// A page holds any number of named peers (RTCPeerConnections with the fake camera and microphone
// that Chromium's --use-fake-device-for-media-stream provides). The Java side (ChromePeer) calls
// the functions of `jpeer` through `jpeer.call`, one name per peer; test pages may call them too.
//
// Signaling is non-trickle by default: offer() and answer() wait for ICE gathering to complete, so
// the SDP they return carries every candidate. For trickle ICE, offerNow() and answerNow() return
// at once and takeCandidates() hands over the candidates gathered since (each peer queues them). Received tracks play in <video>/<audio> elements: Chromium
// counts an audio track's totalSamplesReceived only while it plays.
'use strict';

const jpeer = (() => {
  const peers = new Map();
  const receiveOnly = new Set();

  function peer(name) {
    const p = peers.get(name);
    if (!p) throw new Error(`no peer named '${name}'`);
    return p;
  }

  // Times (performance.now(), ms, one clock for every peer of the page) of the milestones that
  // the interop figures compare: `start` = createOffer (offerer) or setRemoteDescription(offer)
  // (answerer), `connected` = connectionState 'connected', `firstFrame` = first received video
  // frame presented.
  function mark(p, what) {
    if (p.marks[what] === null) p.marks[what] = performance.now();
  }

  async function createPeer(name) {
    if (peers.has(name)) throw new Error(`peer '${name}' exists`);
    const pc = new RTCPeerConnection();
    const p = { pc, marks: { start: null, connected: null, firstFrame: null }, candidates: [] };
    peers.set(name, p);
    pc.addEventListener('connectionstatechange', () => {
      if (pc.connectionState === 'connected') mark(p, 'connected');
    });
    pc.addEventListener('track', (event) => play(name, p, event.track));
    // null marks the end of candidates.
    pc.addEventListener('icecandidate', (event) => p.candidates.push(event.candidate ? event.candidate.toJSON() : null));
    if (receiveOnly.has(name)) {
      pc.addTransceiver('audio', { direction: 'recvonly' });
      pc.addTransceiver('video', { direction: 'recvonly' });
      return;
    }
    const media = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 480 } });
    for (const track of media.getTracks()) pc.addTrack(track, media);
  }

  function play(name, p, track) {
    const element = document.createElement(track.kind);
    element.id = `${name}-${track.kind}`;
    element.autoplay = true;
    element.muted = track.kind === 'video'; // a video element plays only its video track anyway
    element.srcObject = new MediaStream([track]);
    if (track.kind === 'video') {
      element.requestVideoFrameCallback(() => mark(p, 'firstFrame'));
    }
    document.getElementById('media').append(element);
  }

  function gatheringComplete(pc) {
    if (pc.iceGatheringState === 'complete') return Promise.resolve();
    return new Promise((resolve) => {
      pc.addEventListener('icegatheringstatechange', () => {
        if (pc.iceGatheringState === 'complete') resolve();
      });
    });
  }

  // The next createPeer(name) makes a peer without camera or microphone: recvonly transceivers.
  function prepareReceiveOnly(name) {
    receiveOnly.add(name);
  }

  // createOffer + setLocalDescription, returning at once: candidates follow via takeCandidates.
  async function offerNow(name) {
    const p = peer(name);
    mark(p, 'start');
    await p.pc.setLocalDescription(await p.pc.createOffer());
    return p.pc.localDescription.sdp;
  }

  async function answerNow(name, sdp) {
    const p = peer(name);
    mark(p, 'start');
    await p.pc.setRemoteDescription({ type: 'offer', sdp });
    await p.pc.setLocalDescription(await p.pc.createAnswer());
    return p.pc.localDescription.sdp;
  }

  // The candidates gathered since the last call ({candidate, sdpMid, sdpMLineIndex}, null at the end).
  function takeCandidates(name) {
    const p = peer(name);
    const taken = p.candidates;
    p.candidates = [];
    return taken;
  }

  async function offer(name) {
    const p = peer(name);
    mark(p, 'start');
    await p.pc.setLocalDescription(await p.pc.createOffer());
    await gatheringComplete(p.pc);
    return p.pc.localDescription.sdp;
  }

  async function answer(name, sdp) {
    const p = peer(name);
    mark(p, 'start');
    await p.pc.setRemoteDescription({ type: 'offer', sdp });
    await p.pc.setLocalDescription(await p.pc.createAnswer());
    await gatheringComplete(p.pc);
    return p.pc.localDescription.sdp;
  }

  // The remote description's type follows from the state: an answer to our offer, else an offer.
  async function setRemote(name, sdp) {
    const pc = peer(name).pc;
    const type = pc.signalingState === 'have-local-offer' ? 'answer' : 'offer';
    await pc.setRemoteDescription({ type, sdp });
  }

  async function addIceCandidate(name, candidate, sdpMid, sdpMLineIndex) {
    await peer(name).pc.addIceCandidate({ candidate, sdpMid, sdpMLineIndex });
  }

  // Offers to a webrtc-echoes style endpoint: POST {type, sdp} as JSON, a JSON answer back. On a
  // 2xx the answer is applied; any reply comes back as {status, body} for the test to judge.
  async function offerTo(name, url) {
    const pc = peer(name).pc;
    await offer(name);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(pc.localDescription),
    });
    const body = await response.text();
    if (response.ok) await pc.setRemoteDescription(JSON.parse(body));
    return { status: response.status, body };
  }

  // Resolves once connectionState is 'connected'; rejects on 'failed' or after timeoutMs.
  function awaitConnected(name, timeoutMs) {
    const pc = peer(name).pc;
    return new Promise((resolve, reject) => {
      const check = () => {
        if (pc.connectionState === 'connected') resolve();
        else if (pc.connectionState === 'failed') reject(new Error(`peer '${name}': connection failed`));
      };
      pc.addEventListener('connectionstatechange', check);
      setTimeout(() => reject(new Error(
        `peer '${name}': not connected after ${timeoutMs} ms (connectionState ${pc.connectionState},`
        + ` iceConnectionState ${pc.iceConnectionState})`)), timeoutMs);
      check();
    });
  }

  // What this peer received, summed over its inbound-rtp streams, and its marks.
  async function stats(name) {
    const p = peer(name);
    const figures = {
      framesDecoded: 0, frameWidth: 0, frameHeight: 0, totalSamplesReceived: 0,
      packetsReceived: 0, bytesReceived: 0, framesReceived: 0, keyFramesDecoded: 0, pliCount: 0,
    };
    (await p.pc.getStats()).forEach((report) => {
      if (report.type !== 'inbound-rtp') return;
      figures.packetsReceived += report.packetsReceived ?? 0;
      figures.bytesReceived += report.bytesReceived ?? 0;
      if (report.kind === 'video') {
        figures.framesDecoded += report.framesDecoded ?? 0;
        figures.framesReceived += report.framesReceived ?? 0;
        figures.keyFramesDecoded += report.keyFramesDecoded ?? 0;
        figures.pliCount += report.pliCount ?? 0;
        figures.frameWidth = Math.max(figures.frameWidth, report.frameWidth ?? 0);
        figures.frameHeight = Math.max(figures.frameHeight, report.frameHeight ?? 0);
      } else if (report.kind === 'audio') {
        figures.totalSamplesReceived += report.totalSamplesReceived ?? 0;
      }
    });
    return { ...figures, marks: { ...p.marks } };
  }

  const functions = {
    createPeer, prepareReceiveOnly, offer, answer, offerNow, answerNow, takeCandidates, setRemote,
    addIceCandidate, offerTo, awaitConnected, stats,
  };

  // The entry point for WebDriver's executeAsyncScript: runs functions[fn](...args) and resolves
  // to JSON text, {"value": ...} or {"error": "..."}, so a rejection reaches Java with its reason
  // (an async script that throws would only show up as a script timeout).
  async function call(fn, args) {
    try {
      if (!(fn in functions)) throw new Error(`peer.js has no function '${fn}'`);
      const value = await functions[fn](...args);
      return JSON.stringify({ value: value ?? null });
    } catch (e) {
      return JSON.stringify({ error: e && e.stack ? e.stack : String(e) }); // a V8 stack starts with the message
    }
  }

  return { ...functions, call };
})();
